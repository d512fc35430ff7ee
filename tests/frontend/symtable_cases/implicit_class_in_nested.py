class Outer:
    class Inner:
        def m(self):
            return super().m()
    def n(self):
        return __class__
