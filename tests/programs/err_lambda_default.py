# An exception raised while evaluating a default argument at definition time, inside a function.
def make_handlers(config):
    handlers = []
    for name in ("alpha", "beta"):
        handlers.append(lambda event, limit=config[name]: event < limit)
    return handlers

print([h(5) for h in make_handlers({"alpha": 10, "beta": 1})])
make_handlers({"alpha": 3})
