# gc: collect() in a loop that builds cycles keeps memory bounded; enable/disable/isenabled.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
total = 0
for i in range(200000):
    a = [i]
    b = [a]
    a.append(b)          # a cycle, garbage after each iteration
    total += len(a)
    if i % 50000 == 0:
        gc.collect()
print(total, type(gc.collect()).__name__)
try:
    gc.collect(5)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.enable(1)
except TypeError as e:
    print("TypeError:", e)
