# f-string positions: fields over several lines, format specs with and without fields.
x = f"""{
a}"""
y = f"""abc {
    a + b
} def"""
z = (f"{a}"
     f"""
{b!r:>{c}}""")
w = f'{a:{b}}' f"{c}"
v = f"{ {'a': 1}['a'] }"
u = f"""{a}
{b}{
c}"""
t = f"{a=}" f"{b = !r:^10}"
s = rf"\{a}\n{b}"
a = (f"{a:>{c}}"
 f"b")
b = (f"x"
 f"{a:>{c}}"
 f"{d:<}" "b")
c = ("x"
  f"{a:>{c}}"
  f"{d:<}" "b")
d = f"{a:{b}{c}}"
e = (f"{a:{b}x{c}}"
 "q")
