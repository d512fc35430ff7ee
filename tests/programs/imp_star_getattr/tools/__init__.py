__all__ = ["helpers", "lazy_one", "extra"]
lazy_one = "tools-lazy"
