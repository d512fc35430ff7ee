#!/usr/bin/python3.11
"""tests/frontend/check_strings.py [BUILD_DIR]: string literal values and
their errors, `pyc --tokens` against python3.11 on generated sources:
  (1) \\N{...} with every character name python3.11 knows (also in lower
      case) and every alias, plus names it must refuse (CJK and Hangul
      names in lower case, named sequences, names newer than Unicode 14);
  (2) a few thousand random str / bytes / f-string literals built from
      escape sequences, braces, replacement fields and invalid UTF-8, with a
      fixed seed.
A literal python3.11 accepts must get the same value (f-strings: the same
JoinedStr, expressions compared by AST); one it rejects must give the same
exception, message and position.  Errors python3.11 only finds by compiling
an f-string's expressions are the parser's, and are counted as skipped.
Ends with "N passed, N failed".
"""
import ast
import multiprocessing
import os
import random
import sys
import tempfile
import unicodedata
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_tokens  # noqa: E402  (shared running and comparing helpers)

SEED = 311
RANDOM_CASES = 4000
MAX_SHOWN = 8

# The errors compiling one literal can give that pyc's tokenizer and
# strings.c produce themselves (the rest come from compiling expressions).
OUR_MESSAGES = (
    "(unicode error)", "(value error)", "bytes can only contain ASCII literal characters",
    "f-string: expecting '}'", "f-string: single '}' is not allowed",
    "f-string expression part cannot include a backslash",
    "f-string expression part cannot include '#'", "f-string: empty expression not allowed",
    "f-string: expression required before", "f-string: invalid conversion character",
    "f-string: expressions nested too deeply", "f-string: unmatched", "f-string: closing parenthesis",
    "f-string: unterminated string", "f-string: too many nested parenthesis", "unterminated",
)


def python_result(src):
    """('ok', values) or ('error', exception tuple) for a source of literals."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            tree = compile(src, "<literal>", "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
        except SyntaxError as e:
            return "error", (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    values = []
    for stmt in tree.body:
        v = stmt.value
        if isinstance(v, ast.JoinedStr):
            values.append(check_tokens.joined_values(v.values))
        else:
            values.append(v.value)
    return "ok", values


def our_values(lines):
    """The values of the STRING tokens in our dump, in order."""
    out = []
    for line in lines:
        head, sep, value = line.partition(" STRING ")
        if not sep:
            continue
        value = value[value_split(value):]
        parsed = ast.literal_eval(value)
        out.append(check_tokens.fstring_ours(parsed) if isinstance(parsed, list) else parsed)
    return out


def value_split(s):
    """Index just past the " = " that follows the token's ascii() text."""
    quote = s[0]
    i = 1
    while s[i] != quote:
        i += 2 if s[i] == "\\" else 1
    return i + 1 + len(" = ")


def check_batch(sources, tmpdir, tag):
    """All valid literals of one batch in one file: our values must match."""
    path = os.path.join(tmpdir, "batch_%s.py" % tag)
    src = b"".join(s + b"\n" for s in sources)
    with open(path, "wb") as f:
        f.write(src)
    kind, expected = python_result(src)
    if kind != "ok":
        return ["batch %s: python3.11 rejects it: %r" % (tag, expected)]
    rc, lines = check_tokens.run_pyc(path)
    if rc != 0:
        errs = [l for l in lines if l.startswith("ERROR")]
        return ["batch %s: pyc failed: %s" % (tag, errs[-1] if errs else "exit %d" % rc)]
    got = our_values(lines)
    fails = []
    for s, e, g in zip(sources, expected, got):
        if e != g:
            fails.append("%s:\n      expected %r\n      got      %r" % (s, e, g))
    if len(got) != len(expected):
        fails.append("batch %s: %d values, expected %d" % (tag, len(got), len(expected)))
    return fails


def check_error_case(args):
    """One literal python3.11 rejects, in a file of its own."""
    src, expected, path = args
    with open(path, "wb") as f:
        f.write(src)
    rc, lines = check_tokens.run_pyc(path)
    errors = [l for l in lines if l.startswith("ERROR ")]
    ours = None
    if errors:
        words = errors[-1].split(" ", 6)
        nums = [None if w == "None" else int(w) for w in words[2:6]]
        ours = (words[1], words[6] if len(words) > 6 else "", *nums)
    if not expected[1].startswith(OUR_MESSAGES):
        # CPython compiles each field's expression as it meets it, so an error
        # there comes first; strings.c leaves that to the parser.
        return None if ours == expected else "skip"
    if ours != expected:
        return "%r:\n      expected %s\n      got      %s" % (src, expected, ours)
    return None


# ---------------------------------------------------------------------------
# (1) character names

def name_literals():
    good, bad = [], []
    for cp in range(sys.maxunicode + 1):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        if name.startswith(("CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE ")):
            if cp % 97 == 0:  # algorithmic: a sample is enough
                good.append(name)
                bad.append(name.lower())
            continue
        good.append(name)
        if cp % 5 == 0:
            good.append(name.lower())
        if cp % 7 == 0:
            good.append(name.title())
    aliases = "/usr/share/unicode/NameAliases.txt"
    if os.path.exists(aliases):
        for line in open(aliases, encoding="utf-8"):
            line = line.split("#")[0].strip()
            if line:
                alias = line.split(";")[1]
                try:
                    unicodedata.lookup(alias)
                    good.append(alias)
                except KeyError:
                    bad.append(alias)  # newer than Python 3.11
    newer = "/usr/share/unicode/UnicodeData.txt"
    if os.path.exists(newer):
        for line in open(newer, encoding="utf-8"):
            cp_hex, name = line.split(";")[:2]
            if not name.startswith("<") and unicodedata.name(chr(int(cp_hex, 16)), None) is None:
                bad.append(name)
    sequences = "/usr/share/unicode/NamedSequences.txt"
    if os.path.exists(sequences):
        for line in open(sequences, encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                bad.append(line.split(";")[0])
    bad += ["NOT A NAME", "LATIN SMALL LETTER", "LATIN  SMALL LETTER A", " LATIN SMALL LETTER A",
            "LATIN SMALL LETTER A ", "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-004E00",
            "CJK UNIFIED IDEOGRAPH-2B739", "HANGUL SYLLABLE", "HANGUL SYLLABLE GGGA",
            "HANGUL SYLLABLE GAGGG", "TANGUT IDEOGRAPH-17000", "LATIN_SMALL_LETTER_A", "a" * 300]
    good_src = [("x = '\\N{%s}'" % n).encode() for n in good]
    bad_src = [("x = '\\N{%s}'" % n).encode() for n in bad if "'" not in n and "}" not in n]
    return good_src, bad_src


# ---------------------------------------------------------------------------
# (2) random literals

TEXT = ["a", "Z", " ", "0", "\u00e9", "\u20ac", "\U0001F600", "\\\\", "\\'", '\\"', "\\n", "\\t", "\\a",
        "\\0", "\\7", "\\77", "\\777", "\\400", "\\8", "\\d", "\\{", "\\}", "\\x", "\\x4", "\\x41",
        "\\xfF", "\\xg", "\\u", "\\u12", "\\u00e9", "\\uD800", "\\U", "\\U0001F600", "\\U00110000",
        "\\U0010FFFF", "\\N", "\\N{", "\\N{}", "\\N{DIGIT ONE}", "\\N{digit one}", "\\N{NBSP}",
        "\\N{bogus}", "\\Nx", "\\\u00e9", "\\\n", "\\N{\u00e9}", "\\N{LEFT CURLY BRACKET}", "\\\\{"]
RAW_BYTES = [b"\xf6", b"\xe2\x82", b"\xed\xa0\x80", b"\xc0\x80", b"\xf0\x9f\x98", b"\xf4\x90\x80\x80",
             b"\xe0\x80\x80", b"\xc3", b"\xc3\xa9", b"\xff", b"\x80"]
FIELDS = ["{a}", "{a!r}", "{a!s:>10}", "{a=}", "{ a = }", "{a=!r:^{w}}", "{{", "}}", "{", "}", "{}",
          "{ }", "{!r}", "{:x}", "{=}", "{a!x}", "{a!}", "{a!r }", "{a#}", "{a\\n}", "{(}", "{)}",
          "{a[}", "{a[)]}", "{a:{b}}", "{a:{b:{c}}}", "{a:{b:c}}", "{'x'}", '{"y"}', "{'''z'''}",
          "{a:{{}}}", "{a:}}", "{a!=b}", "{a<=b}", "{a:=b}", "{(a:=b)}", "{(lambda: 1)()}", "{a,b}",
          "{ a}", "{a:\\n}", "{a:%H}", "{a:{w}.{c}f}", "{\"'\"}", "{a!r:{b!s}}", "{[a, b][0]}",
          "{a:\u00e9}", "{\u00e9}", "{a!\u00e9}", "{a:{b}{c}}"]


def random_literal(rng):
    kind = rng.choice(["str", "str", "bytes", "raw", "rawbytes", "f", "f", "f", "rf", "utf8"])
    prefix = {"str": rng.choice(["", "u", "U"]), "bytes": rng.choice(["b", "B"]),
              "raw": rng.choice(["r", "R"]), "rawbytes": rng.choice(["rb", "Br"]),
              "f": rng.choice(["f", "F"]), "rf": rng.choice(["rf", "Fr"]), "utf8": rng.choice(["", "r", "f"])}[kind]
    quote = rng.choice(["'", '"', "'''", '"""'])
    parts = []
    for _ in range(rng.randint(0, 6)):
        if kind == "utf8":
            parts.append(rng.choice(RAW_BYTES + [b"a", b"(", b"\\n", b"\\x41"]))
        elif kind in ("f", "rf") and rng.random() < 0.5:
            parts.append(rng.choice(FIELDS).encode())
        elif rng.random() < 0.03:
            parts.append(rng.choice(RAW_BYTES))
        else:
            parts.append(rng.choice(TEXT).encode())
    body = b"".join(parts)
    if len(quote) == 1 and rng.random() < 0.1:
        body += b"\n"  # unterminated
    if body.endswith(b"\\") or quote[0].encode() in body.replace(b"\\" + quote[0].encode(), b""):
        body += b"a"
    return prefix.encode() + quote.encode() + body + quote.encode()


# ---------------------------------------------------------------------------

def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build"
    pyc = os.path.join(build, "compiler", "pyc")
    if not os.access(pyc, os.X_OK):
        print("check_strings: no %s" % pyc)
        print("0 passed, 1 failed")
        return 1
    check_tokens.init(pyc)
    rng = random.Random(SEED)
    good_names, bad_names = name_literals()
    literals = [b"x = " + random_literal(rng) for _ in range(RANDOM_CASES)]

    total_pass = total_fail = 0
    with tempfile.TemporaryDirectory() as tmpdir, \
            multiprocessing.Pool(initializer=check_tokens.init, initargs=(pyc,)) as pool:
        sections = []
        valid_random, error_random = [], []
        for src in literals:
            kind, res = python_result(src + b"\n")
            if kind == "ok":
                valid_random.append(src)
            else:
                error_random.append((src + b"\n", res))
        name_errors = [(src + b"\n", python_result(src + b"\n")[1]) for src in bad_names]
        sections.append(("character names", good_names, name_errors))
        sections.append(("random literals", valid_random, error_random))
        for n, (name, valid, errors) in enumerate(sections):
            fails = []
            size = 2000
            batches = [valid[i:i + size] for i in range(0, len(valid), size)]
            for i, batch in enumerate(batches):
                fails += check_batch(batch, tmpdir, "%d_%d" % (n, i))
            jobs = [(src, exp, os.path.join(tmpdir, "err_%d_%d.py" % (n, i)))
                    for i, (src, exp) in enumerate(errors)]
            results = pool.map(check_error_case, jobs, chunksize=16)
            skipped = sum(r == "skip" for r in results)
            fails += [r for r in results if r not in (None, "skip")]
            checked = len(valid) + len(errors) - skipped
            for f in fails[:MAX_SHOWN]:
                print("FAIL %s" % f)
            print("%s: %d identical / %d (%d values, %d errors%s)" % (
                name, checked - len(fails), checked, len(valid), len(errors) - skipped,
                ", %d skipped: errors in expressions" % skipped if skipped else ""))
            total_pass += checked - len(fails)
            total_fail += len(fails)
    print("%d passed, %d failed" % (total_pass, total_fail))
    return 1 if total_fail else 0


if __name__ == "__main__":
    sys.exit(main())
