def f(x):
    try:
        a = 1
    except ValueError as e:
        b = e
    except* TypeError:
        pass
    else:
        c = 2
    finally:
        d = 3
def g(cmd):
    match cmd:
        case [first, *rest]:
            return first, rest
        case {"k": v, **others}:
            return v, others
        case Point(x=px, y=py) as pt if px > 0:
            return pt
        case 1 | 2 | None:
            pass
        case _:
            pass
    with open(cmd) as fh, open(cmd) as (gh, hh):
        pass
