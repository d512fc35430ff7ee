from . import second
from .second import TAG as SECOND_TAG
TAG = "first"


def describe():
    return f"{TAG} + {SECOND_TAG} + {second.back()}"
