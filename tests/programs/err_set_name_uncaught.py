# __set_name__ raising while a class is created: 3.11 wraps it in RuntimeError
# ("Error calling __set_name__ ...") with the original as __cause__.
class D:
    def __set_name__(self, owner, name):
        raise ValueError("bad " + name)
try:
    class C:
        a = D()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
class C2:
    b = D()
