lambda module = c
