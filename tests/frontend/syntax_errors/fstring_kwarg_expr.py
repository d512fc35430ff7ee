x = f"{g(a.b=1)}"
