if x:
    pass
else
