# error case: python3.11 rejects this file at compile time (21 nested blocks).

class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit")

def deep(n):
    for a in range(1):
        while True:
            try:
                with CM():
                    for b in range(1):
                        try:
                            pass
                        except Exception:
                            pass
                        else:
                            try:
                                with CM(), CM():
                                    for c in range(1):
                                        try:
                                            raise ValueError
                                        except ValueError as e:
                                            try:
                                                for d in range(2):
                                                    while d < 5:
                                                        with CM():
                                                            try:
                                                                with CM():
                                                                    for e in range(1):
                                                                        while True:
                                                                            try:
                                                                                if n:
                                                                                    return (a, b, c, d, e, n)
                                                                                break
                                                                            except KeyError:
                                                                                continue
                                                                break
                                                            finally:
                                                                print("f", d)
                                                    continue
                                            finally:
                                                print("g")
                            finally:
                                print("h")
            finally:
                print("i")
            break
    return "end"

print(deep(0))
print(deep(7))

def many_finally(x):
    try:
        try:
            try:
                try:
                    return x
                finally:
                    print(1)
            finally:
                print(2)
        finally:
            print(3)
    finally:
        print(4)

print(many_finally("v"))
