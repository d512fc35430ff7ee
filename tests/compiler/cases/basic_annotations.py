# Annotations at module, class and function level (evaluated: no future import).
x: int
y: list[int] = []
a.b: int = 1
a[0]: str = ''
(z): int = 2
w: 'forward'
p: int; q: str = 'q'


class C:
    x: int
    y: str = 'y'
    z: C
    a.b: int = 0


def f(a: int, b: str = 's', *args: tuple, k: float = 1.0, **kw: dict) -> bool:
    local: int = 1
    other: str
    return True


def g(a: 'str', /, b: list[int], *, c: f(1)) -> None: pass


def h():
    nonlocal_like: int
    x.y: int = 2


lam = lambda v: v


async def af(a: int) -> int: return a
