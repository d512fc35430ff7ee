# Subclasses of bytes and bytearray.
class MyBytes(bytes):
    pass


b = MyBytes(b"abc")
print(b, repr(b), type(b).__name__, b + b"d", type(b + b"d").__name__, len(b), b[0], b[1:], b.upper())
print(b == b"abc", hash(b) == hash(b"abc"), {b"abc": 1}[b], b"b" in b, bytes(b), type(bytes(b)).__name__)
print(MyBytes(3), MyBytes([65, 66]), MyBytes("hi", "ascii"), MyBytes(), b.decode(), list(b), b"-".join([b, b]))


class Hex(bytes):
    def __new__(cls, text):
        return super().__new__(cls, bytes.fromhex(text))

    def __str__(self):
        return self.hex(":")


h = Hex("0a0b")
print(h, repr(h), len(h), type(h).__name__)


class MyBA(bytearray):
    pass


ba = MyBA(b"xy")
ba.append(122)
ba += b"!"
print(ba, type(ba).__name__, len(ba), ba[0], bytes(ba), MyBA(), MyBA(2), ba + b"?", type(ba + b"?").__name__)


class Buf(bytearray):
    def __init__(self, text):
        super().__init__(text.encode())
        self.text = text


bf = Buf("héllo")
print(bf, bf.text, len(bf))
bytearray.__init__(bf, b"reset")
print(bf)
try:
    MyBytes("x")
except TypeError as e:
    print("TypeError:", e)
try:
    MyBA(-1)
except ValueError as e:
    print("ValueError:", e)
for args in ((1, 2), (b"x", "ascii"), ("x",), (1, "a", "b", "c"), ("x", "ascii", 5)):
    for c in (bytes, bytearray, MyBytes, MyBA):
        try:
            print(c(*args))
        except TypeError as e:
            print(c.__name__, "TypeError:", e)
