try:    x()
    y = 1
except:
    pass
