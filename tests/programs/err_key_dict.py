# Uncaught KeyError from a dict lookup with a tuple key; the message is the repr of the key.
prices = {("apple", "red"): 3, ("pear", "green"): 4}
for fruit in [("apple", "red"), ("pear", "green"), ("plum", "blue")]:
    print(fruit, prices[fruit])
