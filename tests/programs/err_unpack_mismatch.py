# ValueError from unpacking the wrong number of values in a for loop target.
pairs = [(1, "one"), (2, "two"), (3, "three", "extra")]
for number, name in pairs:
    print(number, name)
