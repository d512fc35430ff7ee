[y for x in (z := range(3))]
