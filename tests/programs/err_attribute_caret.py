# Uncaught AttributeError: the caret line underlines the attribute access in a longer expression.
config = {"name": "demo", "size": 3}
print("size is", config["size"])
length = len(config["name"]) + config["name"].lenght() * 2
