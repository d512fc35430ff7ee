

# coding: latin-1
x = 'ö'
