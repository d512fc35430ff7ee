[i for i in (lambda: (y := 1))()]
