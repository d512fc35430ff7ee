# argv: -m quitter
# sys.exit with a status from a module run with -m
