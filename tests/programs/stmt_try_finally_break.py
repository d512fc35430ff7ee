# break and continue inside finally blocks (allowed since 3.8): they discard exceptions and returns.
def break_discards_exception():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "exception discarded by break, i=%d" % i

def continue_discards_exception():
    seen = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            seen.append(i)
            continue
    return seen

def break_discards_return():
    while True:
        try:
            return "never returned"
        finally:
            break
    return "after loop"

def continue_in_nested_finally():
    out = []
    for i in range(4):
        try:
            try:
                if i % 2:
                    raise RuntimeError
                out.append(i)
            finally:
                if i == 3:
                    continue
        except RuntimeError:
            out.append("caught %d" % i)
    return out

print(break_discards_exception())
print(continue_discards_exception())
print(break_discards_return())
print(continue_in_nested_finally())
