# Module-level statements: names, constants, simple statements.
x = 1
y = x
z = y = x
pass
del z
print(x, y)
x
1
'not a docstring: the second statement'
None
...
a.b
a[0]
-x
del a.b, a[0]
global_name = undefined_name
__debug__
if __debug__:
    print('debug')
