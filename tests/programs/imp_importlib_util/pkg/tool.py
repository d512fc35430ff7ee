VALUE = "tool value"
print("pkg.tool runs as", __name__)


def helper():
    return "helped by " + __name__
