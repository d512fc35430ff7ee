f(x, a.b= )
