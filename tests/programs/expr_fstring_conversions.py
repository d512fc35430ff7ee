# f-strings: !r !s !a conversions, = debugging, escapes, quotes, nested quotes, multi-line.
name = "Wörld\n"
num = 42
items = ["a", 'b"']
print(f"{name!r} {name!s} {name!a}")
print(f"{num=} {num = } {num=!s} {num=:>6} {items=}")
print(f"{items!r:>20}|{items[1]!a}")
print(f"{{literal braces}} {{{num}}} {'}'}")
print(f'{"double quotes inside"}', f"{'single' + 'quoted'}")
print(f"""triple {num
    + 1} quoted""")
print(f"{num:{'>'}{10}}", f"{'nested' if num else 'no'}")
print(f"{3.14159!r:.3}", f"{'abc'!r:^9}")
print(f"a" "b" f"{num}" "c", "plain" f"{num:x}")
print(f"{ num }", f"{num!r}", F"{num}", rf"\d{num}", fr"\n{num}")
print(f"{(lambda x: x * 2)(num)}", f"{[x for x in range(3)]}", f"{ {'k': 1}['k'] }")
print(f"{b'bytes'!r}", f"{None}", f"{True!s}", f"{1 + 2j}")
print(f"{'é'!a}", ascii("snowman ☃"), f"{chr(0x1F600)!a}")
val = 7
print(f"{val=:03d}", f"{val*2=}", f"{val+1 = }")
