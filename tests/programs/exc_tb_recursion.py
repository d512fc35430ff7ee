# Repeated frames collapse after three identical lines ("1 more time" for a
# fourth, "N more times" beyond); alternating frames never collapse.
def ping(n):
    if n == 0:
        raise ValueError("bottom")
    return pong(n - 1)

def pong(n):
    return ping(n)

def four(n):
    if n == 0:
        return {}["k"]
    return four(n - 1)

def down(n):
    if n == 0:
        return None + 1
    return down(n - 1)

try:
    four(4)
except KeyError:
    try:
        ping(4)
    except ValueError:
        down(40)
