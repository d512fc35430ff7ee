print("tools.extra imported by *")
