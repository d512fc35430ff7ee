x = 1
é = rb"abc
