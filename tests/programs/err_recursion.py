# Uncaught RecursionError: the repeated frames are collapsed into "[Previous line repeated N more times]".
import sys
def down(n):
    return down(n + 1) + 1

sys.setrecursionlimit(200)
print("limit", sys.getrecursionlimit())
down(0)
