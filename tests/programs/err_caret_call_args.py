# A TypeError from calling with wrong arguments: carets cover the whole call.
def area(width, height):
    return width * height

print(area(2, 3))
print(area(2, height=3))
result = area(2, 3, depth=4)
