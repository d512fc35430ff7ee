# argv: -m script.py
# pvm -m NAME.py: the module runs as it is imported, then CPython's hint.
