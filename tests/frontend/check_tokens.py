#!/usr/bin/python3.11
"""tests/frontend/check_tokens.py [BUILD_DIR]: `pyc --tokens` against
python3.11 itself, on
  (1) tests/frontend/tokens/*.py, small focused cases that python3.11 compiles,
  (2) tests/frontend/token_errors/*.py, each with one error: the exception
      python3.11's compile() raises on the file's bytes (type, message, lineno,
      offset, end_lineno, end_offset) is computed now, never written down,
  (3) a few thousand generated one-line numbers, names and random layouts
      (indentation, tabs, form feeds, continuations, brackets), fixed seed,
  (4) every .py file under /usr/lib/python3.11 (the deliberately broken test
      inputs that python3.11 rejects are skipped).
The expected tokens come from the tokenize module (COMMENT, NL and ENCODING
dropped, OP as its exact type, hard keywords as KEYWORD, columns converted to
UTF-8 bytes, NEWLINE as the zero-width token CPython's parser sees), with the
NFKC form of non-ASCII names and every string token's value from ast:
literal_eval for str and bytes, the JoinedStr for f-strings (each field's
expression compared by its AST).  Prints the first differences and ends with
"N passed, N failed".
"""
import ast
import io
import keyword
import multiprocessing
import os
import random
import subprocess
import tempfile
import sys
import token
import tokenize
import unicodedata
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = "/usr/lib/python3.11"
MAX_SHOWN = 8
PYC = None


def byte_columns(lines):
    """A function (line, char column) -> byte column over the decoded lines."""
    cache = {}

    def col(lineno, c):
        if lineno > len(lines):
            return c
        line = lines[lineno - 1]
        if line.isascii():
            return c
        key = (lineno, c)
        if key not in cache:
            cache[key] = len(line[:c].encode("utf-8", "surrogatepass")) + max(0, c - len(line))
        return cache[key]

    return col


def merge_identifiers(toks):
    """tokenize finds names with \\w+ and stumbles over some identifier
    characters (U+E0100, U+2118, U+1885, ...), leaving ERRORTOKENs, stray
    OPs and an ERRORTOKEN for the space before: glue back pieces that
    together are one name."""
    pieces = (token.NAME, token.ERRORTOKEN, token.NUMBER, token.OP)
    out = []
    for t in toks:
        if t.type == token.ERRORTOKEN and t.string.isspace():
            continue
        if (out and t.type in pieces and out[-1].type in pieces and out[-1].end == t.start
                and (out[-1].string + t.string).isidentifier()):
            prev = out.pop()
            t = tokenize.TokenInfo(token.NAME, prev.string + t.string, prev.start, t.end, prev.line)
        elif t.type in (token.ERRORTOKEN, token.OP) and t.string.isidentifier():
            t = t._replace(type=token.NAME)
        out.append(t)
    return out


def fstring_expected(text):
    """The JoinedStr python3.11 makes of one f-string token, as comparable data."""
    node = ast.parse(text, mode="eval").body
    return joined_values(node.values)


def joined_values(values):
    out = []
    for v in values:
        if isinstance(v, ast.Constant):
            out.append(v.value)
        else:
            spec = None if v.format_spec is None else joined_values(v.format_spec.values)
            out.append(("field", ast.dump(v.value), v.conversion, spec))
    return out


def fstring_ours(parts):
    """Our printed split, put into the same shape: debug text ({x=}) goes into
    the preceding literal and adjacent literals merge, as CPython does."""
    out = []

    def add_text(s):
        if not s:
            return
        if out and isinstance(out[-1], str):
            out[-1] += s
        else:
            out.append(s)

    for p in parts:
        if isinstance(p, str):
            add_text(p)
            continue
        expr, debug, conv, spec = p
        if debug is not None:
            add_text(debug)
        try:
            value = ast.dump(ast.parse("(" + expr + ")", mode="eval").body)
        except SyntaxError as e:
            value = "<cannot parse %r: %s>" % (expr, e)
        out.append(("field", value, conv, None if spec is None else fstring_ours(spec)))
    return out


SKIPPED = {token.COMMENT, token.NL, token.ENCODING}
KIND = dict(token.tok_name)


def python_accepts(raw, path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(raw, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
            return True
        except (SyntaxError, ValueError):
            return False


def expected_for(path):
    """The lines we must print for a file tokenize handles, else None.  An
    f-string line is a tuple (prefix, expected value) compared by structure.
    (Whether python3.11 compiles the file is only asked when we differ.)"""
    raw = open(path, "rb").read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            toks = list(tokenize.tokenize(io.BytesIO(raw).readline))
        except (SyntaxError, tokenize.TokenError, UnicodeDecodeError):
            return None
    # tokenize reports 'utf-8' for a BOM file but keeps no BOM in columns
    text = raw[3:].decode("utf-8") if raw.startswith(b"\xef\xbb\xbf") else raw.decode(toks[0].string)
    if any(t.type == token.ERRORTOKEN or (t.type == token.OP and not t.string.isascii()) for t in toks):
        toks = merge_identifiers(toks)
    # tokenize quirk: a last line of only blanks without a newline ends its
    # loop early, so its ENDMARKER (and closing DEDENTs) come one line early.
    last = text.replace("\r\n", "\n").replace("\r", "\n").rpartition("\n")[2]
    if last and last.strip(" \t\f") == "":
        n = len(toks)
        while n and toks[n - 1].type in (token.ENDMARKER, token.DEDENT, token.NL, token.NEWLINE):
            n -= 1
        toks[n:] = [t if t.type not in (token.ENDMARKER, token.DEDENT)
                    else t._replace(start=(t.start[0] + 1, 0), end=(t.end[0] + 1, 0)) for t in toks[n:]]
    ascii_source = text.isascii()
    col = byte_columns(text.split("\n"))
    out = []
    append = out.append
    for t in toks:
        typ = t.type
        if typ in SKIPPED:
            continue
        s = t.string
        if typ == token.OP:
            kind = KIND[t.exact_type]
        elif typ == token.NAME and keyword.iskeyword(s):
            kind = "KEYWORD"
        else:
            kind = KIND[typ]
        (sl, sc), (el, ec) = t.start, t.end
        if typ == token.NEWLINE:
            el, ec, s = sl, sc, ""
        if not ascii_source:
            sc, ec = col(sl, sc), col(el, ec)
        if typ != token.STRING:
            line = "%d:%d-%d:%d %s %s" % (sl, sc, el, ec, kind, ascii(s))
            if typ == token.NAME and not s.isascii():
                line += " = " + ascii(unicodedata.normalize("NFKC", s))
            append(line)
            continue
        if "\r" in s:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        prefix = "%d:%d-%d:%d %s %s" % (sl, sc, el, ec, kind, ascii(s))
        head = s[:s.index(s[-1])]
        if "f" in head or "F" in head:
            append((prefix, fstring_expected(s)))
        else:
            append(prefix + " = " + ascii(ast.literal_eval(s)))
    return out, raw


def run_pyc(path):
    r = subprocess.run([PYC, "--tokens", path], capture_output=True, timeout=60)
    lines = r.stdout.decode("utf-8", "surrogateescape").split("\n")
    if r.returncode not in (0, 1) or b"Sanitizer" in r.stderr or b"runtime error" in r.stderr:
        # a crash or a sanitizer report must fail whatever was printed
        lines.append("CRASHED (exit %d): %s" % (r.returncode, r.stderr.decode("utf-8", "replace")[-300:]))
        lines.append("ERROR crashed None None None None see above")
    return r.returncode, lines


def compare(path):
    """None if identical, else a description of the first difference;
    "skip" when python3.11 itself rejects the file."""
    try:
        result = expected_for(path)
    except Exception as e:  # a bug here must not hide as a skip
        return "check_tokens failed on this file: %r" % e
    if result is None:
        return "skip"
    expected, raw = result
    rc, ours = run_pyc(path)
    diff = first_difference(expected, ours, rc)
    if diff and not python_accepts(raw, path):
        return "skip"
    return diff


def compare_focused(path):
    """Like compare, but a focused case must be valid Python."""
    if not python_accepts(open(path, "rb").read(), path):
        return "python3.11 rejects this file, so it cannot be a token case"
    return compare(path)


def first_difference(expected, ours, rc):
    if ours and ours[-1] == "":
        ours.pop()
    for i, exp in enumerate(expected):
        got = ours[i] if i < len(ours) else "<missing>"
        if isinstance(exp, tuple):
            prefix, value = exp
            ok = got.startswith(prefix + " = ")
            if ok:
                try:
                    ok = fstring_ours(ast.literal_eval(got[len(prefix) + 3:])) == value
                except (ValueError, SyntaxError):
                    ok = False
            if not ok:
                return "token %d:\n      expected %s = %r\n      got      %s" % (i + 1, prefix, value, got)
        elif got != exp:
            return "token %d:\n      expected %s\n      got      %s" % (i + 1, exp, got)
    if len(ours) > len(expected):
        return "extra output: %s" % ours[len(expected)]
    if rc != 0:
        return "exit status %d" % rc
    return None


def expected_error(path):
    raw = open(path, "rb").read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(raw, path, "exec", dont_inherit=True)
        except SyntaxError as e:
            return (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
        except ValueError as e:
            return (type(e).__name__, str(e), None, None, None, None)
    return None


def compare_error(path):
    exp = expected_error(path)
    if exp is None:
        return "python3.11 compiles this file: not an error case"
    rc, ours = run_pyc(path)
    errors = [l for l in ours if l.startswith("ERROR ")]
    if not errors:
        return "expected %s, got no error (exit %d)" % (fmt_error(exp), rc)
    words = errors[-1].split(" ", 6)
    nums = [None if w == "None" else int(w) for w in words[2:6]]
    got = (words[1], words[6] if len(words) > 6 else "", *nums)
    if got != exp:
        return "expected %s\n      got      %s" % (fmt_error(exp), fmt_error(got))
    if rc != 1:
        return "exit status %d" % rc
    return None


def fmt_error(e):
    return "%s %r at %s:%s-%s:%s" % e


# ---------------------------------------------------------------------------
# (4) generated cases: random numbers, names and indentation (fixed seed)

GENERATED_SEED = 3011
GENERATED_CASES = 1000

# Messages CPython's tokenizer produces (the rest come from its parser).
TOKENIZER_MESSAGES = (
    "invalid decimal literal", "invalid hexadecimal literal", "invalid octal literal",
    "invalid binary literal", "invalid imaginary literal", "invalid digit", "leading zeros",
    "invalid character", "invalid non-printable character", "unterminated", "unmatched '",
    "closing parenthesis", "too many nested parentheses", "' was never closed",
    "unexpected EOF while parsing", "unexpected character after line continuation character",
    "inconsistent use of tabs and spaces in indentation",
    "unindent does not match any outer indentation level", "too many levels of indentation",
    "(unicode error)",
)

NUMBER_CHARS = "0000111789_____.....eeEE++--jjxxXoObBaafflsinrt"


def random_number(rng):
    first = rng.choice("0123456789" if rng.random() < 0.85 else ".")
    rest = "".join(rng.choice(NUMBER_CHARS) for _ in range(rng.randint(0, 7)))
    if first == ".":
        first += rng.choice("0123456789")
    tail = rng.choice(["", "", "", " ", "\u00e9", "if 1 else 2", "or 2", " and 1"])
    return ("x = " + first + rest + tail + "\n").encode()


def random_codepoint(rng):
    r = rng.random()
    if r < 0.3:
        return rng.choice("abcXYZ_019")
    if r < 0.6:
        return chr(rng.randint(0x80, 0x2FFF))
    if r < 0.8:
        cp = rng.randint(0x3000, 0xFFFF)
        return chr(cp if not 0xD800 <= cp <= 0xDFFF else 0x4E00)
    if r < 0.9:  # new in Unicode 15, unknown to 3.11: Kawi, Nag Mundari, CJK extension H
        return chr(rng.choice([0x11F04, 0x11F10, 0x1E4D0, 0x1E4E0, 0x31350, 0x31400, 0x0CF3]))
    return chr(rng.randint(0x10000, 0x10FFFF))


def random_name(rng):
    name = "".join(random_codepoint(rng) for _ in range(rng.randint(1, 4)))
    return ("x = " + name + "\n").encode("utf-8", "surrogatepass")


INDENTS = ["", "", " ", "  ", "    ", "        ", "\t", "\t\t", "\t ", " \t", "    \t", "\x0c", "  \x0c ",
           " \\\n", "\\\n  ", "  \\ "]
STATEMENTS = ["pass", "pass", "if 1:", "if 1:", "x = (", "1)", "# c", "", "x = 1 \\", "y", "z = [1,",
              "]", "def f():", "return", "  ", 's = """a', 'b""" \\', "t = 'a\\", "b'", "x = (1, \\",
              "\\ 2", "x = 1 $ \\"]


def random_layout(rng):
    lines = [rng.choice(INDENTS) + rng.choice(STATEMENTS) for _ in range(rng.randint(1, 6))]
    src = "\n".join(lines)
    if rng.random() < 0.8:
        src += "\n"
    return src.encode()


def generated_cases():
    rng = random.Random(GENERATED_SEED)
    cases = []
    for make in (random_number, random_name, random_layout):
        cases += [make(rng) for _ in range(GENERATED_CASES)]
    return cases


def compare_generated(args):
    """A generated source: python3.11's tokenizer errors must be ours exactly;
    where it compiles we must agree with tokenize (when tokenize itself
    agrees with python3.11: it does not measure indentation across a
    backslash), and where only its parser objects we must not."""
    src, path = args
    with open(path, "wb") as f:
        f.write(src)
    exp = expected_error(path)
    rc, ours = run_pyc(path)
    errors = [l for l in ours if l.startswith("ERROR ")]
    if any(l.startswith("CRASHED") for l in ours):
        return "%r: %s" % (src, [l for l in ours if l.startswith("CRASHED")][0])
    if exp is not None and not exp[1].startswith(TOKENIZER_MESSAGES):
        return "skip"  # the parser's error; it may also mask a later tokenizer error
    if exp is None:
        if errors:
            return "%r: python3.11 compiles it, we say %s" % (src, errors[-1])
        if b"\\\n" in src:
            return None
        result = expected_for(path)
        if result is None:
            return None
        diff = first_difference(result[0], ours, rc)
        return diff and "%r: %s" % (src, diff)
    if not errors:
        return "%r: expected %s, got no error" % (src, fmt_error(exp))
    words = errors[-1].split(" ", 6)
    nums = [None if w == "None" else int(w) for w in words[2:6]]
    got = (words[1], words[6] if len(words) > 6 else "", *nums)
    if got != exp:
        return "%r:\n      expected %s\n      got      %s" % (src, fmt_error(exp), fmt_error(got))
    return None


def stdlib_files():
    for root, dirs, files in os.walk(LIB):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for f in sorted(files):
            if f.endswith(".py"):
                yield os.path.join(root, f)


def init(pyc):
    global PYC
    PYC = pyc


def run_section(pool, name, files, fn, may_skip):
    passed = failed = skipped = 0
    shown = 0
    for path, res in zip(files, pool.map(fn, files, chunksize=8)):
        if res == "skip" and not may_skip:
            res = "python3.11 rejects this file, so it cannot be a token case"
        if res is None:
            passed += 1
        elif res == "skip":
            skipped += 1
        else:
            failed += 1
            if shown < MAX_SHOWN:
                where = os.path.relpath(path) if isinstance(path, str) else "generated"
                print("FAIL %s: %s" % (where, res))
                shown += 1
    extra = ", %d skipped (python3.11 rejects them in its parser)" % skipped if skipped else ""
    print("%s: %d identical / %d%s" % (name, passed, passed + failed, extra))
    return passed, failed


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build"
    pyc = os.path.join(build, "compiler", "pyc")
    if not os.access(pyc, os.X_OK):
        print("check_tokens: no %s" % pyc)
        print("0 passed, 1 failed")
        return 1
    focused = sorted(os.path.join(HERE, "tokens", f) for f in os.listdir(os.path.join(HERE, "tokens"))
                     if f.endswith(".py"))
    error_cases = sorted(os.path.join(HERE, "token_errors", f)
                         for f in os.listdir(os.path.join(HERE, "token_errors")) if f.endswith(".py"))
    total_pass = total_fail = 0
    with multiprocessing.Pool(initializer=init, initargs=(pyc,)) as pool, \
            tempfile.TemporaryDirectory() as tmpdir:
        generated = [(src, os.path.join(tmpdir, "case%d.py" % i)) for i, src in enumerate(generated_cases())]
        for name, files, fn, may_skip in (("focused cases", focused, compare_focused, False),
                                          ("error cases", error_cases, compare_error, False),
                                          ("generated cases", generated, compare_generated, True),
                                          ("stdlib files", list(stdlib_files()), compare, True)):
            p, f = run_section(pool, name, files, fn, may_skip)
            total_pass += p
            total_fail += f
    print("%d passed, %d failed" % (total_pass, total_fail))
    return 1 if total_fail else 0


if __name__ == "__main__":
    sys.exit(main())
