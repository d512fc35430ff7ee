"""Counts how often its body runs."""
RUNS = 0
RUNS += 1
print("counter body runs as", __name__)


def who():
    return __name__


if __name__ == "__main__":
    print("never: imported, not run")
