# argv: -m pkg
# pvm -m with a package that has no __main__.
