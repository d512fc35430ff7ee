if a:
    pass
elif b:
    pass
else:
    pass
elif c:
    pass
