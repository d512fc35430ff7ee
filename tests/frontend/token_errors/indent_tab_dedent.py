if x:
    if y:
	pass
    b
	c
