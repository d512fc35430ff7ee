# An uncaught group built by except* handlers that raise, re-raise and
# chain (with a note): python3.11 draws each part with its own chain.
def inner():
    try:
        raise ExceptionGroup("batch", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as eg:
        raise KeyError("replaced") from None
    except* TypeError:
        raise
    except* OSError as e:
        e.add_note("os note")
        raise RuntimeError("from os") from e


def outer():
    inner()


outer()
