# An event-processing pipeline: dataclass-like event classes, generator stages connected with
# yield from, routing with match on class patterns, a context manager collecting metrics, and
# a coroutine-style sink fed with send().

class Event:
    __match_args__ = ("source",)

    def __init__(self, source, **fields):
        self.source = source
        self.__dict__.update(fields)

    def __repr__(self):
        extra = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if k != "source")
        return f"{type(self).__name__}({self.source!r}{', ' + extra if extra else ''})"


class Click(Event):
    __match_args__ = ("source", "x", "y")


class Key(Event):
    __match_args__ = ("source", "key")


class Tick(Event):
    pass


RAW = [
    ("click", "mouse", 10, 20), ("key", "kbd", "a"), ("tick", "clock"), ("click", "mouse", 0, 0),
    ("key", "kbd", "Enter"), ("bogus",), ("key", "kbd", "q"), ("click", "pen", 5, 5), ("tick", "clock"),
]


def parse(raw):
    for record in raw:
        match record:
            case ("click", source, int(x), int(y)):
                yield Click(source, x=x, y=y)
            case ("key", source, str(key)):
                yield Key(source, key=key)
            case ("tick", source):
                yield Tick(source)
            case other:
                print("  skipping malformed", other)


def dedupe_ticks(events):
    last_tick = False
    for event in events:
        if isinstance(event, Tick):
            if last_tick:
                continue
            last_tick = True
        else:
            last_tick = False
        yield event


def until_quit(events):
    for event in events:
        if isinstance(event, Key) and event.key == "q":
            return "quit requested"
        yield event
    return "input exhausted"


def pipeline(raw):
    reason = yield from until_quit(dedupe_ticks(parse(raw)))
    yield f"<end: {reason}>"


class Metrics:
    def __init__(self):
        self.counts = {}

    def __enter__(self):
        return self

    def count(self, kind):
        self.counts[kind] = self.counts.get(kind, 0) + 1

    def __exit__(self, typ, exc, tb):
        summary = ", ".join(f"{k}={v}" for k, v in sorted(self.counts.items()))
        print(f"  metrics: {summary}; error={typ.__name__ if typ else None}")
        return False


def sink(metrics):
    handled = []
    try:
        while True:
            event = yield len(handled)
            match event:
                case Click(_, 0, 0):
                    metrics.count("origin-click")
                    handled.append("click at origin")
                case Click(source, x, y) if source == "mouse":
                    metrics.count("click")
                    handled.append(f"mouse click {x},{y}")
                case Click(source):
                    metrics.count("other-click")
                    handled.append(f"click from {source}")
                case Key(_, "Enter"):
                    metrics.count("enter")
                    handled.append("submit")
                case Key(_, key):
                    metrics.count("key")
                    handled.append(f"key {key}")
                case Tick():
                    metrics.count("tick")
                case str(marker):
                    handled.append(marker)
    except GeneratorExit:
        print("  sink closing after", len(handled), "items")
        print("  " + " | ".join(handled))
        raise


with Metrics() as m:
    s = sink(m)
    next(s)
    for item in pipeline(RAW):
        s.send(item)
    s.close()
print(list(pipeline([("tick", "a"), ("tick", "b"), ("key", "k", "x")])))
print([repr(e) for e in parse([("click", "m", 1, 2), ("key", "k", "z")])])
