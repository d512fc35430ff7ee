# Simple statements of every kind.
pass; pass;
x = y = z = 1
x, y = 1, 2
[x, y] = 1, 2
(x, y) = z
x, = y
[x] = y
*x, y = z
x, *y = z
(x, *y), z = w
a.b = 1
a[0] = 1
a[1:2] = 3
a.b.c[d].e = f
x += 1
x -= 1
x *= 1
x @= 1
x /= 1
x //= 1
x %= 1
x **= 1
x >>= 1
x <<= 1
x &= 1
x ^= 1
x |= 1
a.b += 1
a[0] += 1
(x) += 1
x: int
x: int = 1
(x): int = 1
a.b: int
a[0]: int = 2
x: "str" = "s"
x = yield
del x
del x, y
del x,
del (x)
del (x, y)
del [x, y]
del a.b, a[0], a[1:2]
del (a, [b, c])
assert x
assert x, "msg"
raise
raise E
raise E from e
raise E(1) from None
global a
global a, b, c
nonlocal a
nonlocal a, b
return
return x
return x, y
return *x, y
break
continue
import a
import a.b.c
import a as b
import a.b as c, d, e.f as g
from a import b
from a import b as c, d
from a import (b, c)
from a import (b as c, d,)
from a.b import *
from . import a
from .. import a
from ... import a
from .... import a
from .a import b
from ..a.b import c
from ...a import b
x = yield x
x = yield from y
x = yield x, y
x = await y
f(x)
x
x, y
*x, y
