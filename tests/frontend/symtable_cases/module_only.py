"""docstring"""
from __future__ import annotations
a = b
del c
