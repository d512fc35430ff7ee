print("plugins init")
