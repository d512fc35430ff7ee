# Calls with many keywords and many positional arguments (beyond small-arity fast paths).
def many(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19):
    return sum((a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19))
print(many(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19))
print(many(a19=19, a18=18, a17=17, a16=16, a15=15, a14=14, a13=13, a12=12, a11=11, a10=10,
           a9=9, a8=8, a7=7, a6=6, a5=5, a4=4, a3=3, a2=2, a1=1, a0=100))
print(many(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, a10=1, a11=1, a12=1, a13=1, a14=1, a15=1, a16=1, a17=1, a18=1, a19=1))
def kw(**k):
    return list(k.items())
print(kw(z=1, y=2, x=3, w=4, v=5, u=6, t=7, s=8, r=9, q=10, p=11, o=12, n=13, m=14, l=15))
args = list(range(300))
def count(*a):
    return len(a), a[-1]
print(count(*args), count(*args, *args))
print(dict(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11))
print("{a}{b}{c}{d}{e}{f}".format(a=1, b=2, c=3, d=4, e=5, f=6))
big_call = print(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, sep="-")
