print("blocked module body")
