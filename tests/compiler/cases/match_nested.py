# match: match statements nested in bodies, in loops with break/continue,
# in try blocks, in generators and closures, and a subject used after.

def walk(tree):
    match tree:
        case ("leaf", value):
            yield value
        case ("node", left, right):
            yield from walk(left)
            yield from walk(right)
        case [*children]:
            for child in children:
                yield from walk(child)

print(list(walk(("node", ("leaf", 1), [("leaf", 2), ("node", ("leaf", 3), ("leaf", 4))]))))

def commands(lines):
    result = []
    for line in lines:
        match line.split():
            case ["quit"]:
                break
            case ["skip", *_]:
                continue
            case ["go", direction] if direction in ("north", "south"):
                match direction:
                    case "north":
                        result.append("N")
                    case _:
                        result.append("S")
            case ["say", *words]:
                try:
                    match words:
                        case []:
                            raise ValueError("nothing to say")
                        case [w]:
                            result.append(w)
                        case _:
                            result.append(" ".join(words))
                except ValueError as e:
                    result.append(str(e))
            case other:
                result.append(f"? {other}")
    return result

print(commands(["go north", "skip me", "say", "say hi", "say a b", "go west",
                "go south", "quit", "say never"]))

def closure(v):
    match v:
        case (f, g):
            return lambda: (f, g)

print(closure((1, 2))())

class C:
    match __name__:
        case "__main__":
            where = "main"
        case name:
            where = name

print(C.where)

async def coro(v):
    match v:
        case [x, *_]:
            return x

try:
    coro([7]).send(None)
except StopIteration as e:
    print("coro", e.value)

counter = 0
while counter < 5:
    counter += 1
    match counter:
        case 2:
            continue
        case 4:
            break
    print("loop", counter)
