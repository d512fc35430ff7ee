from .. import flat as _flat
print("init shapes.solid; sibling", _flat.__name__)
