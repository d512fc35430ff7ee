# A cooperative scheduler built from generators only: tasks yield requests ("sleep", "send",
# "recv", "spawn", "join"), sub-tasks via yield from with return values, cancellation by
# throw(), cleanup in finally, a pipeline of generator stages, and a final report.
import sys

log = []


def emit(*parts):
    log.append(" ".join(str(p) for p in parts))


class_free_state = {"clock": 0, "next_id": 1}


def new_id():
    i = class_free_state["next_id"]
    class_free_state["next_id"] += 1
    return i


def sleep(ticks):
    yield ("sleep", ticks)


def send(channel, value):
    yield ("send", channel, value)


def recv(channel):
    value = yield ("recv", channel)
    return value


def producer(channel, items):
    try:
        for item in items:
            yield from sleep(1)
            yield from send(channel, item)
            emit("produced", item)
        yield from send(channel, None)
        return len(items)
    finally:
        emit("producer done")


def consumer(channel, name):
    total = 0
    while True:
        item = yield from recv(channel)
        if item is None:
            emit(name, "sees end")
            return total
        total += item
        emit(name, "got", item, "total", total)


def worker(name, work):
    done = []
    try:
        for w in work:
            yield from sleep(w)
            done.append(w)
        return name, done
    except KeyboardInterrupt as e:
        emit(name, "cancelled after", done, "reason", e.args[0])
        return name, "cancelled"
    finally:
        emit(name, "cleanup")


def supervisor():
    a = yield ("spawn", worker("w-fast", [1, 1]))
    b = yield ("spawn", worker("w-slow", [5, 5, 5]))
    ra = yield ("join", a)
    emit("supervisor joined", ra)
    yield from sleep(2)
    yield ("cancel", b, "too slow")
    rb = yield ("join", b)
    emit("supervisor joined", rb)
    return "supervised"


def run(main_tasks):
    tasks = {}
    ready = []
    sleepers = []
    channels = {}
    waiters = {}
    joiners = {}
    results = {}

    def spawn(gen):
        tid = new_id()
        tasks[tid] = gen
        ready.append((tid, None, None))
        return tid

    for t in main_tasks:
        spawn(t)
    while ready or sleepers:
        if not ready:
            sleepers.sort()
            when, tid = sleepers.pop(0)
            class_free_state["clock"] = when
            ready.append((tid, None, None))
            continue
        tid, value, exc = ready.pop(0)
        gen = tasks[tid]
        try:
            req = gen.throw(exc) if exc is not None else gen.send(value)
        except StopIteration as e:
            results[tid] = e.value
            emit("task", tid, "finished at", class_free_state["clock"], "->", e.value)
            for j in joiners.pop(tid, []):
                ready.append((j, e.value, None))
            continue
        kind = req[0]
        if kind == "sleep":
            sleepers.append((class_free_state["clock"] + req[1], tid))
        elif kind == "send":
            q = channels.setdefault(req[1], [])
            q.append(req[2])
            if waiters.get(req[1]):
                ready.append((waiters[req[1]].pop(0), q.pop(0), None))
            ready.append((tid, None, None))
        elif kind == "recv":
            q = channels.setdefault(req[1], [])
            if q:
                ready.append((tid, q.pop(0), None))
            else:
                waiters.setdefault(req[1], []).append(tid)
        elif kind == "spawn":
            ready.append((tid, spawn(req[1]), None))
        elif kind == "join":
            if req[1] in results:
                ready.append((tid, results[req[1]], None))
            else:
                joiners.setdefault(req[1], []).append(tid)
        elif kind == "cancel":
            victim = req[1]
            sleepers[:] = [s for s in sleepers if s[1] != victim]
            ready.append((victim, None, KeyboardInterrupt(req[2])))
            ready.append((tid, None, None))
    return results


results = run([producer("c", [3, 1, 4, 1, 5]), consumer("c", "cons"), supervisor()])
for line in log:
    print(line)
print(sorted(results.items(), key=lambda kv: kv[0]))
print("clock", class_free_state["clock"], "exc_info clear:", sys.exc_info() == (None, None, None))


def stage_parse(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line.split("=", 1)


def stage_convert(pairs):
    for k, v in pairs:
        try:
            yield k.strip(), int(v)
        except ValueError:
            yield k.strip(), v.strip()


def stage_group(items):
    groups = {}
    for k, v in items:
        groups.setdefault(type(v).__name__, []).append(k)
    return groups


def collect(gen):
    result = yield from gen
    return result


config = ["# settings", "width = 80", "name = demo", "", "height=24", "mode = fast"]
pipe = collect(iter([]))
print(list(pipe))
print(stage_group(stage_convert(stage_parse(config))))
print(dict(stage_convert(stage_parse(config))))
