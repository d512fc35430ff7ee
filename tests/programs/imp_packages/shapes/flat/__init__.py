print("init shapes.flat")
