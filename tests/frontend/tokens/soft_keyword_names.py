match(x)
case = 1
_ = [match, case]
print(_)
