# argv: -m tool.cli one two
# pvm -m runs a submodule as __main__: sys.argv[0] is its file, relative imports work.
