# Line structure: semicolons, backslash continuations, implicit joining, comments, one-line compound statements.
a = 1; b = 2; c = a + \
    b
print(a, b, c)
total = (1 +
         2 +  # comment inside
         3)
items = [
    "x",
    "y",   # trailing comment
]
print(total, items)
if a: print("one-line if"); print("second statement")
for i in range(2): print("loop", i)
while c > 2: c -= 1
print(c)
def one_liner(x): return x * 2
print(one_liner(4))
class OneLine: pass
print(OneLine.__name__)
s = "not # a comment"
print(s)
x = \
    5
print(x \
      + 1)
try: raise ValueError("inline")
except ValueError as e: print("caught", e)
with_tabs = 3
print(with_tabs); print("end")
