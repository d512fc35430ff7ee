x = [y for y in range(3)]
class C:
    def f(self):
        return [self for _ in range(2)]
    g = (lambda: __class__)
