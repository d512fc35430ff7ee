# KeyError deep in a chain of subscripts: carets mark the failing subscript only.
data = {"users": [{"name": "ann", "roles": {"admin": False}}]}
print(data["users"][0]["roles"]["admin"])
print(data["users"][0]["roles"]["owner"])
