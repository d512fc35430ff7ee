x = (1,
     2,
)
y = [
    {'a': (1, 2),
     'b': [3,

           4]},
]
z = {
}
f(a,
  b=[c
     for c in d
     if c])
