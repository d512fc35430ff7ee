# Three chained exceptions mixing implicit context and explicit cause, printed oldest first.
def step1():
    raise ValueError("step 1 failed")

def step2():
    try:
        step1()
    except ValueError as e:
        raise RuntimeError("step 2 failed") from e

def step3():
    try:
        step2()
    except RuntimeError:
        raise KeyError("step 3 failed")

step3()
