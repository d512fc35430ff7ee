# An uncaught assertion failure with a message, raised two frames deep.
def validate(rows):
    for i, row in enumerate(rows):
        check_row(i, row)

def check_row(i, row):
    assert len(row) == 3, f"row {i} has {len(row)} fields: {row!r}"

validate([(1, 2, 3), ("a", "b", "c"), (1, 2)])
