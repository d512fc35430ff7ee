# sys.exit with a string: the message goes to stderr and the exit status is 1.
import sys
print("about to exit with a message")
sys.stdout.flush()
sys.exit("fatal: configuration file not found")
