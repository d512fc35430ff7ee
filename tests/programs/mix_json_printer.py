# A JSON-like serializer and parser written with plain functions: escapes, nesting, indentation,
# sorting keys, round-tripping, and error positions.

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}


def encode_string(s):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def dumps(value, indent=None, sort_keys=False, _level=0):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"out of range float: {value!r}")
        return repr(value)
    if isinstance(value, str):
        return encode_string(value)
    if isinstance(value, (list, tuple)):
        items = [dumps(v, indent, sort_keys, _level + 1) for v in value]
        return _wrap("[", "]", items, indent, _level)
    if isinstance(value, dict):
        keys = sorted(value) if sort_keys else list(value)
        items = []
        for k in keys:
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(encode_string(k) + ": " + dumps(value[k], indent, sort_keys, _level + 1))
        return _wrap("{", "}", items, indent, _level)
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")


def _wrap(open_, close, items, indent, level):
    if not items:
        return open_ + close
    if indent is None:
        return open_ + ", ".join(items) + close
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    return open_ + "\n" + ",\n".join([pad + i for i in items]) + "\n" + end + close


def loads(text):
    value, pos = _parse(text, _skip(text, 0))
    pos = _skip(text, pos)
    if pos != len(text):
        raise ValueError(f"extra data at {pos}")
    return value


def _skip(text, pos):
    while pos < len(text) and text[pos] in " \t\n\r":
        pos += 1
    return pos


def _parse(text, pos):
    if pos >= len(text):
        raise ValueError(f"unexpected end at {pos}")
    ch = text[pos]
    if ch == "{":
        result = {}
        pos = _skip(text, pos + 1)
        if text[pos] == "}":
            return result, pos + 1
        while True:
            key, pos = _parse(text, _skip(text, pos))
            pos = _skip(text, pos)
            if text[pos] != ":":
                raise ValueError(f"expected ':' at {pos}")
            value, pos = _parse(text, _skip(text, pos + 1))
            result[key] = value
            pos = _skip(text, pos)
            if text[pos] == "}":
                return result, pos + 1
            if text[pos] != ",":
                raise ValueError(f"expected ',' or '}}' at {pos}")
            pos += 1
    if ch == "[":
        result = []
        pos = _skip(text, pos + 1)
        if text[pos] == "]":
            return result, pos + 1
        while True:
            value, pos = _parse(text, _skip(text, pos))
            result.append(value)
            pos = _skip(text, pos)
            if text[pos] == "]":
                return result, pos + 1
            if text[pos] != ",":
                raise ValueError(f"expected ',' or ']' at {pos}")
            pos += 1
    if ch == '"':
        out = []
        pos += 1
        while text[pos] != '"':
            if text[pos] == "\\":
                esc = text[pos + 1]
                if esc == "u":
                    code = int(text[pos + 2:pos + 6], 16)
                    pos += 6
                    if 0xD800 <= code < 0xDC00 and text[pos:pos + 2] == "\\u":
                        low = int(text[pos + 2:pos + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        pos += 6
                    out.append(chr(code))
                    continue
                out.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(esc, esc))
                pos += 2
            else:
                out.append(text[pos])
                pos += 1
        return "".join(out), pos + 1
    for word, value in (("null", None), ("true", True), ("false", False)):
        if text.startswith(word, pos):
            return value, pos + len(word)
    end = pos
    while end < len(text) and text[end] in "+-0123456789.eE":
        end += 1
    if end == pos:
        raise ValueError(f"unexpected {ch!r} at {pos}")
    number = text[pos:end]
    return (float(number) if any([c in number for c in ".eE"]) else int(number)), end


doc = {
    "name": "pyc \"test\"\n",
    "version": [3, 11, 0],
    "ratio": 0.1 + 0.2,
    "big": 2 ** 70,
    "flags": {"debug": False, "opt": None, "nested": {"deep": [[], {}, [1, [2, [3]]]]}},
    "unicode": "héllo ☃ 🐍",
    "empty": "",
}
compact = dumps(doc)
print(compact)
print(dumps(doc, indent=2, sort_keys=True))
back = loads(compact)
print(back == doc, back["unicode"], back["flags"]["nested"]["deep"])
print(loads(' [1, -2.5e3, "a\\tb", true, null, {"k": [false]}] '))
for bad in ("[1, 2", '{"a" 1}', "[1] x", "@", '{"a": 1,}'):
    try:
        loads(bad)
    except (ValueError, IndexError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
for bad in ({1: 2}, float("nan"), {1, 2}):
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
