# An exception raised while executing a class body: the frame is named after the class.
class Settings:
    defaults = {"a": 1}
    a = defaults["a"]
    b = defaults["b"]
