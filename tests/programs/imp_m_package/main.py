# argv: -m app --flag
# pvm -m PACKAGE runs PACKAGE.__main__; an uncaught error shows runpy's frames first.
