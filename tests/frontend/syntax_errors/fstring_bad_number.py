x = f"{1abc}"
