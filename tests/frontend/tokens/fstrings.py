a = b = c = w = x = 1
f'{a}'
f'x{a}y{b}z'
f'{a!r} {a!s} {a!a}'
f'{a:>10} {a:{w}} {a:{w}.{c}} {a!r:^{w}}'
f'{a=}' f'{a = }' f'{ a=}' f'{a=!s}' f'{a=:>5}' f'{a =!r:5}'
f'{{}} {{a}} }}{{ {{{a}}}'
f'{a:{{}}}' f'{a:x{{y}}z}'
f'{"a"} {"}"} {"{"} {"""x"""}'
f"{'a' 'b'} {'''y'''}"
f'{a!=b} {a==b} {a<=b} {a>=b} {a<b} {a>b}'
f'{(lambda x: x)(1)}'
f'{(a:=2)}'
f'{a:=2}'
f'{[i for i in range(3)]} {dict(a=1)} { {1, 2} }'
f'{a["k"]}'
f'{a,b}'
f'''{
a
}'''
f'''x
{a:>{
w}}
y'''
f'\n\t{a}\\{b}\N{DIGIT ONE}{{'
rf'\n{a}\{b}' fr'\N' Rf'{a!r}' FR'x'
F'{a}' f''
f'{a}' 'plain' f'{b}'
f'{a:}' f'{a!r:}' f'{a:%Y-%m-%d}' f'{a:#x}'
f'{3.14:.2f} {10:,} {a if b else c}'
f'\
{a}'
f'{ a }'
f'{a:\n}'
f'\{a}'
f'{a}\N{EMPTY SET}'
f'{a:\N{DIGIT ONE}>{w}}'
f'{a!r:{b!s:c}}'
f"{a['x']!r:>{w}}"
f'{a:{b}{c}d}'
f'{a:}}}'
f'{a}}}{{{b}'
f'{(yield_ := 1)}'
f'{x=}{a=!a}{b = :>3}'
f'''{a!r}
{b=}
'''
