def describe():
    return "sphere in " + __package__
