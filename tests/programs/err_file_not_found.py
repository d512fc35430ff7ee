# An uncaught FileNotFoundError from open(): traceback and exit status.
def load(name):
    f = open(name, encoding="utf-8")
    return f.read()


print("loading")
load("err_file_not_found_missing.cfg")
