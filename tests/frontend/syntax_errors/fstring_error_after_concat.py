x = ("abc"
     f"{a b}")
