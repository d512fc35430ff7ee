# comprehensions: list, dict and set comprehensions, nested and filtered,
# over ranges, lists, strings and dict items; zip and enumerate.


def main():
    total = 0
    for rounds in range(40):
        n = 20000 + rounds
        squares = [i * i for i in range(n)]
        evens = [x for x in squares if x % 2 == 0]
        pairs = [(i, j) for i in range(150) for j in range(i, 150) if (i + j) % 7 == 0]
        index = {i: s for i, s in enumerate(squares) if i % 3}
        inverted = {v: k for k, v in index.items()}
        residues = {x % 1009 for x in squares}
        words = [str(i) for i in range(n)]
        lengths = {w: len(w) for w in words}
        matrix = [[i * j for j in range(60)] for i in range(60)]
        transposed = [[row[i] for row in matrix] for i in range(60)]
        dots = [a * b for a, b in zip(squares, evens)]
        total += (len(evens) + len(pairs) + len(inverted) + len(residues) + sum(lengths.values())
                  + transposed[59][1] + dots[-1] % 1000)
    print(len(evens), len(pairs), len(index), len(residues), sum(lengths.values()))
    print(transposed[7][3], dots[-1], total)


main()
