# Every augmented operator on local and global names, and on immutable vs mutable values.
g = 10
def bump():
    global g
    g += 5
    g *= 2
    return g
print(bump(), g)

def local_ops():
    x = 100
    x += 7; print(x)
    x -= 3; print(x)
    x *= 4; print(x)
    x //= 3; print(x)
    x %= 50; print(x)
    x **= 2; print(x)
    x <<= 3; print(x)
    x >>= 1; print(x)
    x &= 0xFFF; print(x)
    x |= 0x10000; print(x)
    x ^= 0x1; print(x)
    x /= 8; print(x)
    y = 2.0
    y **= 0.5
    print(round(y, 12))
local_ops()

lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
tup = (1,)
talias = tup
tup += (2,)
print(tup, talias, tup is talias)
s = "ab"
s *= 3
print(s)
m = 7
z = {1, 2}
z |= {3}
z &= {2, 3, 4}
z -= {9}
z ^= {5}
print(sorted(z))
