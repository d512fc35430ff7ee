# Caret lines for many expression shapes (binary operators, subscripts,
# parentheses, unicode, literals, calls): each failure is caught, the
# exceptions are linked through __context__ and the last is left uncaught,
# so python3.11 prints every traceback with its carets.
def case0(a, b, c, d, s, t, m):
    x = 0
    return a  +  b
def case1(a, b, c, d, s, t, m):
    x = 0
    return 1 + a ** b
def case2(a, b, c, d, s, t, m):
    x = 0
    return (a) // (a - a)
def case3(a, b, c, d, s, t, m):
    x = 0
    return d["alpha"]["beta"]
def case4(a, b, c, d, s, t, m):
    x = 0
    return len(s) + s[1:2:3] * 2
def case5(a, b, c, d, s, t, m):
    x = 0
    return (a - b) * {}
def case6(a, b, c, d, s, t, m):
    x = 0
    return -a * "x" + None
def case7(a, b, c, d, s, t, m):
    x = 0
    return s.upper().lower().missing()
def case8(a, b, c, d, s, t, m):
    x = 0
    return m[0][ 1 ][2]
def case9(a, b, c, d, s, t, m):
    x = 0
    return t[1, 2]
def case10(a, b, c, d, s, t, m):
    x = 0
    return a+b
def case11(a, b, c, d, s, t, m):
    x = 0
    return a  //b
def case12(a, b, c, d, s, t, m):
    x = 0
    return a<<b
def case13(a, b, c, d, s, t, m):
    x = 0
    return a >> b
def case14(a, b, c, d, s, t, m):
    x = 0
    return a @ b
def case15(a, b, c, d, s, t, m):
    x = 0
    return a % b
def case16(a, b, c, d, s, t, m):
    x = 0
    return a | b
def case17(a, b, c, d, s, t, m):
    x = 0
    return a & b
def case18(a, b, c, d, s, t, m):
    x = 0
    return a ^ b
def case19(a, b, c, d, s, t, m):
    x = 0
    return (a)+b
def case20(a, b, c, d, s, t, m):
    x = 0
    return a+(b)
def case21(a, b, c, d, s, t, m):
    x = 0
    return ((a))  +  ((b))
def case22(a, b, c, d, s, t, m):
    x = 0
    x = a + b
def case23(a, b, c, d, s, t, m):
    x = 0
    return a + b if c else d
def case24(a, b, c, d, s, t, m):
    x = 0
    return not a + b
def case25(a, b, c, d, s, t, m):
    x = 0
    return a + b, c
def case26(a, b, c, d, s, t, m):
    x = 0
    return [a + b]
def case27(a, b, c, d, s, t, m):
    x = 0
    return f"{a}" + b
def case28(a, b, c, d, s, t, m):
    x = 0
    return 'é' + a
def case29(a, b, c, d, s, t, m):
    x = 0
    return a + "é"
def case30(a, b, c, d, s, t, m):
    x = 0
    return b"x" + a
def case31(a, b, c, d, s, t, m):
    x = 0
    return a[b]
def case32(a, b, c, d, s, t, m):
    x = 0
    return a[(b)]
def case33(a, b, c, d, s, t, m):
    x = 0
    return a[:]
def case34(a, b, c, d, s, t, m):
    x = 0
    return a[b:c]
def case35(a, b, c, d, s, t, m):
    x = 0
    return a[b,]
def case36(a, b, c, d, s, t, m):
    x = 0
    return a[-1]
def case37(a, b, c, d, s, t, m):
    x = 0
    return (a)[b]
def case38(a, b, c, d, s, t, m):
    x = 0
    return a.b[c]
def case39(a, b, c, d, s, t, m):
    x = 0
    return "x" "y" + a
def case40(a, b, c, d, s, t, m):
    x = 0
    return a ** -b
def case41(a, b, c, d, s, t, m):
    x = 0
    return -a ** b
def case42(a, b, c, d, s, t, m):
    x = 0
    return a * -b
def case43(a, b, c, d, s, t, m):
    x = 0
    return ~a + b
def case44(a, b, c, d, s, t, m):
    x = 0
    return a+b+c
def case45(a, b, c, d, s, t, m):
    x = 0
    return a*b+c*d
def case46(a, b, c, d, s, t, m):
    x = 0
    return await_ + a
def case47(a, b, c, d, s, t, m):
    x = 0
    return lambda: a + b
def case48(a, b, c, d, s, t, m):
    x = 0
    return a(b) + c[d]
def case49(a, b, c, d, s, t, m):
    x = 0
    return a if b else c + d
def case50(a, b, c, d, s, t, m):
    x = 0
    return {a: b}[c]
def case51(a, b, c, d, s, t, m):
    x = 0
    return [a for a in b][c]
def case52(a, b, c, d, s, t, m):
    x = 0
    return a.b.c + d
def case53(a, b, c, d, s, t, m):
    x = 0
    return (a, b)[c]
def case54(a, b, c, d, s, t, m):
    x = 0
    return a + (b, c)
def case55(a, b, c, d, s, t, m):
    x = 0
    return a+  (b)
def case56(a, b, c, d, s, t, m):
    x = 0
    return a +	b
def case57(a, b, c, d, s, t, m):
    x = 0
    return a[b][c](d)
def case58(a, b, c, d, s, t, m):
    x = 0
    return a[b](c)[d]
def case59(a, b, c, d, s, t, m):
    x = 0
    return ... + a
def case60(a, b, c, d, s, t, m):
    x = 0
    return None + a
def case61(a, b, c, d, s, t, m):
    x = 0
    return a   
def case62(a, b, c, d, s, t, m):
    x = 0
    return a + b  # comment
def case63(a, b, c, d, s, t, m):
    x = 0
    return a['x' 'y']
def case64(a, b, c, d, s, t, m):
    x = 0
    return a[b, c:d]
def case65(a, b, c, d, s, t, m):
    x = 0
    return a[*b]
def case66(a, b, c, d, s, t, m):
    x = 0
    return a not in b
def case67(a, b, c, d, s, t, m):
    x = 0
    return a is b + c
def case68(a, b, c, d, s, t, m):
    x = 0
    return print(a + b)
def case69(a, b, c, d, s, t, m):
    x = 0
    return a + 1j
def case70(a, b, c, d, s, t, m):
    x = 0
    return a + 0x1f
def case71(a, b, c, d, s, t, m):
    x = 0
    return a + 1e-5
def case72(a, b, c, d, s, t, m):
    x = 0
    return a + 1_000
def case73(a, b, c, d, s, t, m):
    x = 0
    return a - .5
def case74(a, b, c, d, s, t, m):
    x = 0
    return r"\"" + a
def case75(a, b, c, d, s, t, m):
    x = 0
    return '''a''' + b
errors = []
for fn in [case0, case1, case2, case3, case4, case5, case6, case7, case8, case9, case10, case11, case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22, case23, case24, case25, case26, case27, case28, case29, case30, case31, case32, case33, case34, case35, case36, case37, case38, case39, case40, case41, case42, case43, case44, case45, case46, case47, case48, case49, case50, case51, case52, case53, case54, case55, case56, case57, case58, case59, case60, case61, case62, case63, case64, case65, case66, case67, case68, case69, case70, case71, case72, case73, case74, case75]:
    try:
        fn(1, 'z', None, [], None, {}, [])
    except Exception as e:
        errors.append(e)
for older, newer in zip(errors, errors[1:]):
    newer.__context__ = older
print(len(errors), 'failures')
raise errors[-1]
