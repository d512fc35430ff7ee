print("ring init")
