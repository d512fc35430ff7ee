with (*a):
    pass
