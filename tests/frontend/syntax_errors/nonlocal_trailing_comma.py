def f():
    nonlocal a,
