# An uncaught UnboundLocalError after del, deep in a call chain.
def helper(flag):
    value = 3
    if flag:
        del value
    return value * 2

def caller():
    print(helper(False))
    return helper(True)

caller()
