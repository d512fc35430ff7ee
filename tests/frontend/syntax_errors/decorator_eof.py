@ a.f(x)
