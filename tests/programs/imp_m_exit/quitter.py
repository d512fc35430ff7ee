import sys
print("quitting")
sys.exit(3)
