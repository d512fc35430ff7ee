if x.y := :
    pass
