[i for j in range(2) for i in (k := [1, 2])]
