# sys.exit with a code above 255: the process status is the code modulo 256, as the OS reports it.
import sys
print("exiting with 300")
sys.exit(300)
