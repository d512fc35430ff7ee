print("local math.pyc should never run")
