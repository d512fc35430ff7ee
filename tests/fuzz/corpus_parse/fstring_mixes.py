# Generated mixes of f-strings, fields over lines, specs with fields and conversions.
x = (f"{{{{")
x = (f'''{
a:>10}{a=:}{n}''' F'{ a}t{b.c}')
x = (F"abct{x + y:{w}.{p}}" rf''' {x
 + y!a:^{w}}''' "w")
x = (f"""x\ny""")
x = (rf''''''
    rf"""{x
 + y:>10}{ {1: 2}[1]=:.2f}"""
    "w")
x = (f"""""")
x = (f""
    rf'''{a if b else c:{w}.{p}}{ n = !a:.2f}
'''
    "w")
x = (rf'''''')
x = (f'''''')
x = (rf'{ b.c:}{n!a}}}'
    f""" """)
x = (f'}} t')
x = ("s")
x = (rf'''{{{x
 + y}x\ny''' 't' """u
v""")
x = (F"x\ny")
x = (F"{{}}{{" "w" f""" """)
x = ('t')
x = (F"x\ny{ 1 + 2 = :x{w}y}}}"
    F""" """
    rf"")
x = ("""u
v"""
    """u
v""")
x = (f'''}}''' 't')
x = ("s"
    f"}}{ {1: 2}[1]}")
x = ("w"
    F'')
x = ('t'
    f"""x\nyabc{ b.c!a}"""
    't')
x = (F'{x + y:.2f}}}')
x = (f""" """ 't')
x = (F'x\ny{n:%Y} '
    f"")
x = (f'''x\ny{ (y := 3)}''')
x = (f"{[i for i in z]!r}")
x = (F"{ a = !a:>10}{ x + y=!a}}}")
x = (f""" { n = !r:x{w}y}{
a:^{w}}"""
    rf"""{
{1: 2}[1] = :%Y}{{abc"""
    F'''}}}}{
(y := 3)}''')
x = (f"" F"x\ny{ a if b else c=}" rf"""abc{
1 + 2:x{w}y}""")
x = (f"abc " f'''''' f"""{
x
 + y:%Y}x\ny""")
x = (F'''{
1 + 2!a:>10}x\ny''')
x = ("s" F"{ (y := 3):}{x[1]:} ")
x = (f"t {n!s}"
    rf'''''')
x = (f"}}")
x = (F'''''')
x = ("w" 't' F'''''')
x = (rf'''''')
x = ("s" rf"abc{ x + y:x{w}y}")
x = (rf'x\ny'
    "s")
x = (F"}}")
x = ('t' f'{{')
x = ("s")
x = ('t' rf'''abc''')
x = (f'''abc{
b.c}''' f"x\ny" f"""x\nyabc""")
x = ("s")
x = (F'{b.c!r}}}')
x = (f'''{{{
f(x)!r}''' F'''''' "w")
x = (rf'''}}{{'''
    """u
v""")
x = (rf'{ b.c}')
x = (F"{x + y!s}"
    f''''''
    rf"{1 + 2:{w}.{p}}t")
x = (rf''''''
    f""""""
    f'abc')
x = (F'''{
b.c!a:>10}x\ny}}'''
    F"""""")
x = ('t')
x = ("s" f' {{x\ny' F'')
x = (F'''{
x
 + y}'''
    F"")
x = ('t')
x = ("w"
    f"""{ a if b else c}{
n!a:x{w}y}{ f(x):>10}""")
x = (f"abc}}{[i for i in z]=}")
x = (rf"{a = :^{w}}" f"{[i for i in z]}{ n!a:}" F"""""")
