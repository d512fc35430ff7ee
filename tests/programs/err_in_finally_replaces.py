# An exception in a finally block replaces the one in flight, which becomes its context.
def work():
    try:
        raise ValueError("original problem")
    finally:
        cleanup = None
        cleanup.close()

work()
