# match statements with every pattern kind.
match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case -1.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 2j:
        pass
    case -2j:
        pass
    case "s":
        pass
    case "a" "b":
        pass
    case b"bytes":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case y:
        pass
    case _:
        pass
match x:
    case a.b:
        pass
    case a.b.c:
        pass
    case a._:
        pass
    case (a):
        pass
    case (1 | 2):
        pass
    case 1 | 2 | 3:
        pass
    case [1, 2] | (3, 4):
        pass
    case a as b:
        pass
    case (1 | 2) as c:
        pass
    case 1 | 2 as c:
        pass
    case [a, b] as c:
        pass
match x:
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case [a, b]:
        pass
    case (a, b):
        pass
    case a, b:
        pass
    case a,:
        pass
    case [a, *rest]:
        pass
    case [*rest, a]:
        pass
    case [a, *_, b]:
        pass
    case (*a, b):
        pass
    case *a, b:
        pass
    case a, *b:
        pass
    case [a, [b, c], (d, e)]:
        pass
    case [a, b,]:
        pass
match x:
    case {}:
        pass
    case {"a": 1}:
        pass
    case {"a": 1, "b": b}:
        pass
    case {"a": 1, **rest}:
        pass
    case {**rest}:
        pass
    case {1: a, -1: b, 1+2j: c, a.b: d, None: e, True: f, False: g, b"x": h}:
        pass
    case {"a": [1, 2], "b": {"c": d}}:
        pass
    case {"a": 1,}:
        pass
    case {"a": 1, **rest,}:
        pass
match x:
    case Point():
        pass
    case Point(1):
        pass
    case Point(1, 2):
        pass
    case Point(x=1):
        pass
    case Point(x=1, y=2):
        pass
    case Point(1, y=2):
        pass
    case a.b.Point(x=a.b):
        pass
    case Point(x=Point(y=[1, 2])):
        pass
    case Point(1, 2,):
        pass
    case Point(x=1,):
        pass
    case int() | str():
        pass
match x:
    case 1 if x > 0:
        pass
    case a if (b := a):
        pass
    case _ if True:
        pass
match x, y:
    case a, b:
        pass
match x, *y:
    case _:
        pass
match (x):
    case _:
        pass
match [x, y]:
    case _:
        pass
match -x:
    case _:
        pass
match x,:
    case _:
        pass
match await x:
    case _:
        pass
match f(x):
    case _:
        pass
match x.y:
    case _:
        pass
match not x:
    case _:
        pass
match lambda: 1:
    case _:
        pass
match x if y else z:
    case _:
        pass
match (yield):
    case _:
        pass
match x:
    case 1: pass
    case 2: pass; pass
