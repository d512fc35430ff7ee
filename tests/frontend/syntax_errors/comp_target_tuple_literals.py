x = [
    "a", "b" for "c", "d"
]
