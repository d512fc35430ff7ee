"""tests/spec/check_opcodes.py DUMP_OPCODES: compare bytecode-spec/opcodes.def
(as printed by build/tests/dump_opcodes) with python3.11's opcode and dis
modules: names, numbers, argument classes, inline cache counts, specialised
forms, comparison and binary-operator tables, and dis.stack_effect for every
opcode over a range of arguments in all three jump modes.
Prints one line per failed check and ends with "N passed, N failed".
"""
import dis
import opcode
import subprocess
import sys

out = subprocess.run([sys.argv[1]], check=True, capture_output=True, text=True).stdout
ops, effects, cmps, binops = {}, [], {}, {}
for line in out.splitlines():
    f = line.split()
    if f[0] == "OP":
        ops[int(f[1])] = dict(name=f[2], kind=f[3], caches=int(f[4]), base=int(f[5]), spec=f[6] == "1")
    elif f[0] == "SE":
        effects.append(tuple(int(x) for x in f[1:]))
    elif f[0] == "CMP":
        cmps[int(f[1])] = f[2]
    elif f[0] == "BINOP":
        binops[int(f[1])] = (f[2], f[3])

passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)


base_ops = {n: o for n, o in ops.items() if not o["spec"]}
# Every opcode python3.11 defines is in our table with the same number, and no extra ones.
check(sorted(base_ops) == sorted(opcode.opmap.values()),
      f"base opcode numbers differ: ours-only {sorted(set(base_ops) - set(opcode.opmap.values()))} "
      f"theirs-only {sorted(set(opcode.opmap.values()) - set(base_ops))}")
for name, num in opcode.opmap.items():
    o = ops.get(num)
    check(o is not None and o["name"] == name, f"{name}: number {num} is {o and o['name']}")
    if o is None:
        continue
    check(o["caches"] == opcode._inline_cache_entries[num],
          f"{name}: caches {o['caches']} != {opcode._inline_cache_entries[num]}")
    has_arg = num >= opcode.HAVE_ARGUMENT
    check((o["kind"] != "NONE") == has_arg, f"{name}: argument kind {o['kind']} vs HAVE_ARGUMENT")
    expect = {
        "CONST": num in opcode.hasconst,
        "NAME": num in opcode.hasname,
        "LOCAL": num in opcode.haslocal,
        "FREE": num in opcode.hasfree,
        "COMPARE": num in opcode.hascompare,
        "JUMP_FWD": num in opcode.hasjrel and "JUMP_BACKWARD" not in name,
        "JUMP_BACK": num in opcode.hasjrel and "JUMP_BACKWARD" in name,
        "BINOP": name == "BINARY_OP",
    }
    for kind, should in expect.items():
        check((o["kind"] == kind) == should, f"{name}: kind {o['kind']}, python3.11 says {kind}={should}")
check(opcode.hasjabs == [], "python3.11 has absolute jumps now?")

# Specialised forms: the names dis gives the empty slots, and their base opcodes.
spec_slots = [i for i, n in enumerate(opcode.opname) if n.startswith("<")]
for num, name in zip(spec_slots, opcode._specialized_instructions):
    o = ops.get(num)
    check(o is not None and o["spec"] and o["name"] == name, f"specialised slot {num}: {name} vs {o}")
    if o:
        check(ops[o["base"]]["name"] == dis.deoptmap[name], f"{name}: base {o['base']} vs {dis.deoptmap[name]}")
check(len([o for o in ops.values() if o["spec"]]) == len(opcode._specialized_instructions),
      "number of specialised forms")

check([cmps[i] for i in range(len(cmps))] == list(opcode.cmp_op), f"cmp_op {cmps}")
check([binops[i] for i in range(len(binops))] == [tuple(x) for x in opcode._nb_ops], "BINARY_OP table")

# Stack effects: one check per opcode, over every argument dump_opcodes tried.
bad_effects = {}
for op, arg, eff, jeff, mx in effects:
    args = () if op < opcode.HAVE_ARGUMENT else (arg,)
    try:
        theirs = (dis.stack_effect(op, *args, jump=False), dis.stack_effect(op, *args, jump=True),
                  dis.stack_effect(op, *args))
    except (ValueError, OverflowError) as e:
        theirs = f"error {e}"
    bad_effects.setdefault(op, [])
    if (eff, jeff, mx) != theirs:
        bad_effects[op].append(f"({arg}): ours {(eff, jeff, mx)} python3.11 {theirs}")
for op, bad in sorted(bad_effects.items()):
    check(not bad, f"stack_effect {opcode.opname[op]}" + "; ".join(bad[:3]))
check(sorted(bad_effects) == sorted(opcode.opmap.values()), "stack effects dumped for every opcode")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
