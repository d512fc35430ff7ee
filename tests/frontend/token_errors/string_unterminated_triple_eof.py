x = 1
y = """abc
éé