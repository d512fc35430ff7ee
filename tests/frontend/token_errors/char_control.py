x  y
