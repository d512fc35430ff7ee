print("beta starts")
from alpha import A
B = 2
