# exit(code) ends the program with that status; output before it is flushed.
print("before exit", end="")
print(" ... still buffered")
exit(3)
print("never printed")
