# Many short-lived objects with __del__ and no gc.collect() until the end:
# every one is finalised exactly once (pvm runs what its automatic
# collections queue at safe points; memory stays bounded).
import gc

count = 0


class Tmp:
    def __init__(self, i):
        self.payload = [i] * 50

    def __del__(self):
        global count
        count += 1


for i in range(20000):
    Tmp(i)
gc.collect()
print(count)
kept = [Tmp(i) for i in range(10)]
gc.collect()
print(count)
kept = None
gc.collect()
print(count)
