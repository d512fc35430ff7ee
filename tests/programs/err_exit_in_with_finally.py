# sys.exit inside a with body inside try/finally: __exit__ and finally both run, exit status kept.
import sys
class Tidy:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        print("tidy exit sees", typ.__name__, val.code)
try:
    with Tidy():
        print("exiting with 7")
        sys.exit(7)
finally:
    print("outer finally")
