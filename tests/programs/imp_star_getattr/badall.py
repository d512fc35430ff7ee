__all__ = ["exists", "ghost"]
exists = 1
