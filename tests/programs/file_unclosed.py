# Files the program never closes: their data is written by the time the
# file is opened again (CPython closes them as soon as they are dropped),
# and dropping many open files does not run out of descriptors.
def write(name, text):
    f = open(name, "w")
    f.write(text)


write("file_unclosed_a.txt", "data\n")
print(repr(open("file_unclosed_a.txt").read()))
open("file_unclosed_b.txt", "w").write("x" * 10)
print(open("file_unclosed_b.txt").read())
open("file_unclosed_b.txt", "a").write("y")
print(open("file_unclosed_b.txt").read())
for i in range(1200):
    open("file_unclosed_c.txt", "w").write(str(i))
print(open("file_unclosed_c.txt").read())
n = 0
for i in range(1200):
    for line in open("file_unclosed_a.txt"):
        n += len(line)
print(n)
