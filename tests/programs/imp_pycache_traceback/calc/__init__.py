from . import ops


def run(program):
    results = []
    for op, a, b in program:
        results.append(ops.apply(op, a, b))
    return results
