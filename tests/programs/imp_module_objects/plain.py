"""Plain module."""
b = 1
a = 2
