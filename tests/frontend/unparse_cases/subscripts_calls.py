# Subscripts, slices, calls and keyword arguments.
s1: a[1]
s2: a[1:2]
s3: a[1:2, ::3]
s4: a[(1, 2)]
s5: a[1, 2]
s6: a[()]
s7: a[(1,)]
s8: a[1,]
s9: a[:]
s10: a[::]
s11: a[::2]
s12: a[1:]
s13: a[:2]
s14: a[a if b else c]
s15: a[lambda: b]
s16: a[b:c, d]
s17: a[b, c:d:e, ...]
s18: a[*b]
s19: a[*b, c]
s20: a[(*b, c)]
s21: a[b, *c]
s22: a[(b, c), d]
s23: a[b:(c, d)]
s24: a[b + c : d * e]
s25: a[-1:]
s26: a[b][c:d][e]
s27: Dict[str, List[Tuple[int, ...]]]
s28: Callable[[int, str], None]
s29: Callable[..., T]
s30: a[b or c]
s31: a[(b, c)][d]
s32: a[[b, c]]
s33: a[{b}]
s34: a[b:c:(d, e)]
s35: lambda: a[(b:=c)]
s36: lambda: a[b := c, d]
s37: int | None
s38: list[int] | dict[str, int] | None
s39: Literal['a', "b"]
s40: Annotated[int, x > 0]
s41: a[1:2,]
s42: a[*b,]
c1: f()
c2: f(a)
c3: f(a, b)
c4: f(*a)
c5: f(**a)
c6: f(a, *b, c, *d, k=1, **e, m=2)
c7: f(k=v)
c8: f(k=a if b else c)
c9: f(lambda: a)
c10: f(a if b else c)
c11: f(*a or b)
c12: f(*(a or b))
c13: f(**a or b)
c14: f(**(a or b))
c15: f((a, b))
c16: f(*(a, b))
c17: f(a=(b, c))
c18: f(*a.b, **c.d)
c19: (f)(a)
c20: f(a)(b)
c21: f(a, (b for c in d))
c22: f(*[a], *{b})
c23: f(*a, **{'k': 1})
c24: f(not a)
c25: f(k=not a)
c26: f(*not_ or b)
c27: f(**{**a})
