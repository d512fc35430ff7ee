def fünf(ä):
    ö = ä
    def g():
        return ö
    return g
class Ç:
    def __ñ(self):
        return self
