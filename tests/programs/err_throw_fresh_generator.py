# throw() into a generator that never started: the exception is raised at its first line (the def)
# and the traceback shows that frame below the throw() call.
def fresh(a,
          b):
    yield a
g = fresh(1, 2)
g.throw(ValueError("into a fresh generator"))
