print("alpha starts")
from beta import B
A = 1
