# exceptions: raising and catching in loops: try/except/else/finally,
# exceptions from builtins (KeyError, ZeroDivisionError, ValueError,
# IndexError), re-raise, raise ... from, and the zero-cost path where
# nothing is raised.


def parse_all(items):
    good = 0
    bad = 0
    for s in items:
        try:
            good += int(s)
        except ValueError:
            bad += 1
    return good, bad


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1
    finally:
        pass


def lookup(d, keys):
    found = missing = 0
    for k in keys:
        try:
            found += d[k]
        except KeyError:
            missing += 1
        else:
            found += 1
    return found, missing


def nested(n):
    caught = 0
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise IndexError(i)
                [][i]
            except IndexError as e:
                raise ValueError("wrapped") from e
        except ValueError as e:
            if e.__cause__ is not None:
                caught += 1
    return caught


def no_raise(n):
    total = 0
    for i in range(n):
        try:
            total += i
        except Exception:
            total -= 1
        finally:
            total += 1
    return total


def run():
    items = [str(i) if i % 4 else "x" + str(i) for i in range(100000)]
    parsed = parse_all(items)
    total = 0
    for i in range(100000):
        total += safe_div(i, i % 5)
    divided = total
    d = {i: i for i in range(0, 100000, 2)}
    return [("parse", parsed), ("div", divided), ("lookup", lookup(d, range(100000))),
            ("nested", nested(50000)), ("no_raise", no_raise(300000))]


def main():
    for rounds in range(3):
        results = run()
    for name, value in results:
        print(name, value)


main()
