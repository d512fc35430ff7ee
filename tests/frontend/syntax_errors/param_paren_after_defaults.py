def bind(a=None, b( =None): pass
