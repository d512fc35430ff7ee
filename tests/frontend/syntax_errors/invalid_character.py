x = a $ b
