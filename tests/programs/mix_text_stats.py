# Text statistics over an embedded corpus: tokenizing, word frequencies with deterministic tie-breaking,
# n-grams, a simple word-wrap and a histogram, using only builtins and plain functions.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way."""

def words(text):
    out, current = [], []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            current.append(ch)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out

def frequencies(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

def ngrams(seq, n):
    return [tuple(seq[i:i + n]) for i in range(len(seq) - n + 1)]

def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines

def histogram(pairs, width=30):
    top = pairs[0][1]
    return [f"{w:>8} {'#' * max(1, c * width // top):<{width}} {c}" for w, c in pairs]

ws = words(TEXT)
print(len(ws), "words,", len(set(ws)), "distinct,", sum(map(len, ws)) / len(ws), "average length")
freq = frequencies(ws)
print(freq[:8])
print("\n".join(histogram(freq[:6])))
bigrams = frequencies(ngrams(ws, 2))
print([(" ".join(k), v) for k, v in bigrams[:5]])
print(frequencies(ngrams(ws, 3))[:3])
for line in wrap(TEXT, 38)[:6]:
    print("|" + line.ljust(38) + "|")
letters = frequencies([ch for ch in TEXT.lower() if ch.isalpha()])
print("".join([ch for ch, _ in letters[:10]]), letters[-3:])
longest = max(ws, key=lambda w: (len(w), w))
print(longest, [w for w in ws if w.startswith("w")][:5], sorted({w for w in ws if len(w) > 8}))
caps = [w.strip(",.") for w in TEXT.split() if w[0].isupper()]
print(caps, TEXT.count("it was"), TEXT.lower().count("it was"))
lengths = {}
for w in ws:
    lengths.setdefault(len(w), []).append(w)
print({k: len(v) for k, v in sorted(lengths.items())})
