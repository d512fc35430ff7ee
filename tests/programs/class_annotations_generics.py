# Annotations built from generic aliases and unions, read back by __init_subclass__ and descriptors.
class Field:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, cls=None):
        return self if obj is None else obj.__dict__.get(self.name, "unset")
class Model:
    fields: dict[str, type]
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.fields = {k: v for k, v in cls.__annotations__.items()}
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
class User(Model):
    name: str
    age: int | None = None
    tags: list[str]
    f = Field()
print(User.fields, User.age, User.f.name, User().f, Model[int], User[str])
print(User.__annotations__["age"] == (int | None), User.__annotations__["tags"].__origin__)
def typed(x: list[int] | None, *a: tuple[str, ...], **k: dict[str, "User"]) -> type[User] | None: ...
print(typed.__annotations__)
print({k: v for k, v in typed.__annotations__.items() if isinstance(v, type)})
print([getattr(v, "__origin__", None) for v in typed.__annotations__.values()])
