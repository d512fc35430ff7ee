# Conway's game of life on a small torus and on an unbounded set of cells: neighbours, generations,
# pattern detection (still lifes, oscillators, gliders) and rendering.
def step_torus(grid):
    rows, cols = len(grid), len(grid[0])
    new = []
    for r in range(rows):
        row = []
        for c in range(cols):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += grid[(r + dr) % rows][(c + dc) % cols]
            row.append(1 if n == 3 or (n == 2 and grid[r][c]) else 0)
        new.append(row)
    return new

def render(grid):
    return "\n".join(["".join(["#" if v else "." for v in row]) for row in grid])

def step_set(cells):
    counts = {}
    for (r, c) in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in cells)}

def normalise(cells):
    if not cells:
        return frozenset()
    r0 = min([r for r, _ in cells])
    c0 = min([c for _, c in cells])
    return frozenset([(r - r0, c - c0) for r, c in cells])

def classify(cells, limit=20):
    seen = {normalise(cells): 0}
    current = set(cells)
    for gen in range(1, limit + 1):
        current = step_set(current)
        if not current:
            return f"dies after {gen}"
        shape = normalise(current)
        if shape in seen:
            period = gen - seen[shape]
            moved = min(current) != min(cells) if period else False
            if period == 1 and not moved:
                return "still life"
            return f"{'spaceship' if moved else 'oscillator'} with period {period}"
        seen[shape] = gen
    return "unknown"

def parse(picture):
    return {(r, c) for r, line in enumerate(picture.strip().splitlines()) for c, ch in enumerate(line) if ch == "#"}

grid = [[0] * 8 for _ in range(6)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    grid[r][c] = 1
for gen in range(4):
    print(f"generation {gen}:")
    print(render(grid))
    grid = step_torus(grid)
print("population after 20:", sum(map(sum, (grid := [row[:] for row in grid]))))
for _ in range(20):
    grid = step_torus(grid)
print(render(grid))
patterns = {
    "block": "##\n##",
    "blinker": "###",
    "toad": ".###\n###.",
    "glider": ".#.\n..#\n###",
    "beehive": ".##.\n#..#\n.##.",
    "pair": "##",
    "r-pentomino": ".##\n##.\n.#.",
}
for name, pic in patterns.items():
    print(f"{name:>12}: {classify(parse(pic))}")
cells = parse(patterns["r-pentomino"])
sizes = []
for _ in range(30):
    cells = step_set(cells)
    sizes.append(len(cells))
print(sizes)
