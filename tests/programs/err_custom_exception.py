# An uncaught user-defined exception with a custom __str__ and extra attributes.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"

class EmptyMessage(Exception):
    pass

try:
    raise EmptyMessage
except EmptyMessage as e:
    print(repr(e), str(e) == "")

def validate(record):
    if not record.get("email"):
        raise ValidationError("email", "must not be empty")
    return True

print(validate({"email": "a@b"}))
validate({"email": ""})
