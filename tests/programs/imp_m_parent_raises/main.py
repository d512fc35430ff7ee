# argv: -m broken.sub.mod
# pvm -m where importing the parent package raises: runpy's frames, then the package's.
