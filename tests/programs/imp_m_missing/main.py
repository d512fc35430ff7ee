# argv: -m no_such_module arg
# pvm -m with a module that does not exist: an error line, status 1.
