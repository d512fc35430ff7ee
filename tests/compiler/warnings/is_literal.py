x = 1
if x is 1:
    pass
if x is not 'a' and None is x:
    pass
print(x is (), 1 is x is None)
