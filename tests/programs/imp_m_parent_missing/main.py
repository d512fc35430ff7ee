# argv: -m nowhere.mod
# pvm -m with a dotted name whose package does not exist.
