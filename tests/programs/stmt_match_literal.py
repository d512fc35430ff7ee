# match with literal patterns: ints, floats, strings, bytes, None/True/False, negative and complex numbers.
def lit(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "one or two"
        case -3:
            return "minus three"
        case 2.5:
            return "two and a half"
        case 1 + 2j:
            return "complex"
        case -1 - 1j:
            return "negative complex"
        case "hello":
            return "greeting"
        case "con" "cat":
            return "concatenated"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other %r" % (x,)
for v in (0, 1, 2, -3, 2.5, 1 + 2j, -1 - 1j, "hello", "concat", b"raw", None, True, False, 0.0, 1.0, "x", [1]):
    print(repr(v), "->", lit(v))
