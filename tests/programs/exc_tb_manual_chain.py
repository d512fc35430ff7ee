# Chains built by hand (__cause__, __context__, a context cycle), notes of
# several lines, and a group holding a chained exception and a nested group:
# python3.11 prints the chain inside the group boxes with margins.
def fail(i):
    return [][i]
errs = []
for i in range(4):
    try:
        fail(i)
    except IndexError as e:
        errs.append(e)
errs[2].__context__ = errs[1]
errs[1].__cause__ = errs[0]
errs[0].__context__ = errs[2]
errs[1].add_note("note one\nsecond line")
errs[3].__context__ = errs[1]
errs[3].__context__ = None
g = ExceptionGroup("grp", [errs[1], ExceptionGroup("in", [errs[3]])])
g.__notes__ = [3]
g.__notes__.append("a\nb")

raise g
