x = 32 if y == (async) else 64
