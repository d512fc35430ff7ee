x = a²
