def run(args):
    print("running with", args)
    check(args)


def check(args):
    if "--flag" in args:
        raise RuntimeError("flag not supported: " + repr(args))
