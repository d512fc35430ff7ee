# At exit, objects still referenced by __main__'s globals are finalised in
# the globals' order (CPython frees them with the module's dict), after the
# traceback of an uncaught exception.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


first = Noisy("first")
_private = Noisy("_private")
second = Noisy("second")


class Node:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("node", self.name)


cyc = Node("cycle")
last = Noisy("last")
print("main done")
raise RuntimeError("exit with objects alive")
