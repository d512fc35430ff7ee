if x # c
    pass
