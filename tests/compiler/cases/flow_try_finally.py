# return / break / continue leaving try, finally, except and with blocks:
# the finally bodies run at each exit (compiled once per exit).

def ret_in_try():
    try:
        return "try"
    finally:
        print("fin1")

def ret_expr_in_try(x):
    try:
        return x + 1
    finally:
        print("fin2", x)

def ret_in_finally():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"

def ret_in_finally_value(x):
    try:
        return x
    finally:
        return x * 2

def ret_none_in_try():
    try:
        return
    finally:
        print("fin3")

def ret_multiline(x):
    try:
        return (
            x
            + 1)
    finally:
        pass

def ret_const_multiline():
    try:
        return (
            42
        )
    finally:
        print("fin4")

def break_in_try():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("fin b", i)
    return i

def continue_in_try():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append(-i)
    return out

def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i

def continue_in_finally():
    n = 0
    for i in range(3):
        try:
            n += 1
        finally:
            continue
    return n

def continue_in_except():
    seen = []
    for v in ["1", "x", "3", "y"]:
        try:
            seen.append(int(v))
        except ValueError:
            seen.append(None)
            continue
        seen.append("ok")
    return seen

def break_in_except_as():
    while True:
        try:
            raise IndexError("i")
        except IndexError as e:
            print("got", e)
            break

def return_in_except(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        return str(e)
    except TypeError:
        return "type"

def return_from_nested_loops():
    for i in range(3):
        for j in range(3):
            try:
                if i * j == 2:
                    return (i, j)
            finally:
                pass
    return None

def while_else(n):
    while n:
        try:
            n -= 1
            if n == 1:
                break
        except Exception:
            pass
    else:
        return "else"
    return "broke"

def return_in_finally_end(x):
    try:
        if x:
            raise ValueError
    finally:
        if x:
            return "from finally"
    return "normal"

print(ret_in_try(), ret_expr_in_try(1), ret_in_finally(), ret_in_finally_value(3))
print(ret_none_in_try(), ret_multiline(4), ret_const_multiline())
print(break_in_try(), continue_in_try(), break_in_finally(), continue_in_finally())
print(continue_in_except())
break_in_except_as()
print(return_in_except(0), return_in_except(2), return_in_except("a"))
print(return_from_nested_loops(), while_else(3), while_else(1))
print(return_in_finally_end(0), return_in_finally_end(1))

for k in range(3):
    try:
        if k == 1:
            continue
        print("mod", k)
    finally:
        print("mod fin", k)
