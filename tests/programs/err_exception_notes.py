# Exception notes (add_note, 3.11): printed after the message in the traceback.
def process(item):
    try:
        return 10 / item
    except ZeroDivisionError as e:
        e.add_note(f"while processing item {item!r}")
        e.add_note("items must be non-zero")
        raise

print(process(5))
process(0)
