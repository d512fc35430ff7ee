[x in y]
x in = 1
