# break and continue inside nested loops, try blocks and with else clauses.
result = []
for i in range(5):
    if i == 1:
        continue
    j = 0
    while True:
        j += 1
        if j > i:
            break
        if j == 2:
            continue
        result.append((i, j))
print(result)

def loop_with_try():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_with_try())

def continue_in_except():
    out = []
    for v in ["1", "x", "3", "y"]:
        try:
            n = int(v)
        except ValueError:
            out.append("bad " + v)
            continue
        else:
            out.append(n)
    return out
print(continue_in_except())

def break_in_else():
    for i in range(3):
        try:
            pass
        except Exception:
            pass
        else:
            if i == 1:
                break
    return i
print(break_in_else())
