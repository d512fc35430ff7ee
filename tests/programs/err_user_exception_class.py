# An uncaught exception of a user class with a custom __str__, raised while
# handling another user exception from a nested class: the traceback names
# both by their qualified names.
class Outer:
    class InnerError(LookupError):
        pass

class ValidationError(ValueError):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value
    def __str__(self):
        return f"field {self.field!r} rejected {self.value!r}"

def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise Outer.InnerError(key)

def validate(record):
    try:
        lookup(record, "age")
    except Outer.InnerError:
        raise ValidationError("age", record.get("name"))

print("validating")
validate({"name": "bob"})
