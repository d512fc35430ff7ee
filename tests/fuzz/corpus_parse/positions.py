# Multi-line constructs and non-ASCII columns (byte offsets).
x = (
    1 +
    2
)
y = [
    a,
    b,
]
z = f(
    a,
    b=c,
    *d,
    **e,
)
s = ("abc"
     "def"
     'ghi')
é = 'é' + "ü"
ü, ö = "😀😀", 'ascii'
t = {'ключ': 'значение', 1: é}
def fün(ä: "ß" = "ẞ") -> 'ö':
    return ä
if (a and
        b):
    pass
x = a \
    + b
with open(x) as f, \
        open(y) as g:
    pass
class Ñ(
    object,
):
    pass
def long(
        a,
        b=(1,
           2),
        *args,
        **kw):
    return (a,
            b)
lambda: (
    1)
x = [
    i
    for i in range(3)
    if i
]
x = {
    k: v
    for k, v in d
}
x = """multi
line
string"""
y = '''another
one''' + "x"
f(a)(b)(
    c)
a[
  1:2,
  3
]
print("é", f"{é}é{'é'}")
x = f"é{é!r:>{é}}é"
