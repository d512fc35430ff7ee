# while loops with else, break, continue, and a condition with side effects.
n = 0
while n < 5:
    n += 1
else:
    print("loop finished normally at", n)
n = 0
while n < 10:
    n += 1
    if n == 4:
        print("breaking at", n)
        break
else:
    print("never printed")
n = 0
total = 0
while n < 10:
    n += 1
    if n % 3:
        continue
    total += n
else:
    print("sum of multiples of 3:", total)
items = [3, 1, 4, 1, 5]
while items:
    print(items.pop(), end=" ")
print()
while False:
    print("never")
else:
    print("else of a while False")
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            break
        i += 1
    else:
        return -1
    return i
print(find("hello", "l"), find("hello", "z"))
count = 0
while True:
    count += 1
    if count > 100:
        break
print(count)
a, b = 0, 1
while b < 1000: a, b = b, a + b
print(a, b)
