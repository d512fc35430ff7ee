import sys
print("tool package imported first:", __name__, sys.argv)
