# match: patterns spread over several lines, so that the line table shows
# which instructions carry the location of the last sub-pattern compiled
# (compile.c leaves it in force for the parent's following instructions),
# of the case pattern (fail-pop cleanup) or none (the jump to the end).

def spread(v):
    match (
        v
    ):
        case [
            first,
            *rest,
        ] if (
            first
            > 0
        ):
            return rest
        case {
            "k":
                (1
                 | 2) as k,
            **more
        }:
            return k, more
        case Point(
            x,
            y=[
                _,
                z,
            ],
        ) | Point(
            y=[_, z],
            x=x,
        ):
            return x, z
        case (
            1 as one
        ) | (
            2 as one
        ):
            return one
        case _:
            return None

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

for v in [[1, 2, 3], [0, 1], {"k": 2, "m": 3}, Point(1, [2, 3]), 2, "?"]:
    print(spread(v))
