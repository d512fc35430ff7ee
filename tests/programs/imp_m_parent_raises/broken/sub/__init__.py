print("sub init")
value = int("not a number")
