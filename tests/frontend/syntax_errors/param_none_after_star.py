def f(*None): pass
