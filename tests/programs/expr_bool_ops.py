# and / or / not: short-circuiting, the value returned (not just a bool), nesting and mixing.
trace = []
def t(v):
    trace.append(v)
    return v
print(t(0) and t(1), trace); trace.clear()
print(t(2) and t(3), trace); trace.clear()
print(t("") or t("x"), trace); trace.clear()
print(t("a") or t("b"), trace); trace.clear()
print(t(1) and t(0) or t(5), trace); trace.clear()
print(t(0) or t(0) or t(None), trace); trace.clear()
print(t(1) and t(2) and t(3) and t(4), trace); trace.clear()
print(not t(0) and t("second"), trace); trace.clear()
print((t(0) or t(1)) and (t(2) or t(3)), trace); trace.clear()
x = 5
print(x > 1 and x < 10, x < 1 or x > 10, not (x > 1 and x < 10))
print([] or {} or () or "last", [1] and {2: 2} and "end")
def check(v):
    if v and v[0] > 0 or v is None:
        return "yes"
    return "no"
print(check([1]), check([-1]), check([]), check(None))
y = None
print(y and y.attr, y or "default")
result = 0 if (a := 0) or (b := 3) else 1
print(result, a, b)
while (n := len(trace)) < 3 and not trace.append(n):
    pass
print(trace)
