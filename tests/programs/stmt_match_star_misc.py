# Star patterns binding lists, matching on tuples of computed values, match as a soft keyword name.
match = [1, 2, 3]
case = "soft keywords are names"
print(match, case)
def parse(command):
    match command.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {', '.join(items)}"
        case ["drop", *items, "now"]:
            return f"dropping {len(items)} now"
        case [("quit" | "exit")]:
            return "bye"
        case [verb, *args]:
            return f"unknown verb {verb} with {args}"
        case []:
            return "nothing"
for c in ("go north", "pick up lamp key", "drop a b c now", "quit", "exit", "dance wildly here", ""):
    print(parse(c))
for pair in [(0, 1), (1, 0), (1, 1), (2, 3)]:
    match pair[0] > 0, pair[1] > 0:
        case (True, True):
            print(pair, "both")
        case (False, _):
            print(pair, "first zero")
        case _:
            print(pair, "other")
