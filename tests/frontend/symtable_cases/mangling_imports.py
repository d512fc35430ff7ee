class C:
    def f(self):
        import os.path as __p, __q
        return __p, __q
