# Graph algorithms on small weighted graphs: BFS, DFS (recursive and iterative), Dijkstra with a
# hand-written binary heap, topological sort with cycle detection, connected components.
EDGES = [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3),
         ("e", "d", 4), ("d", "f", 11), ("g", "h", 1)]

def build(edges, directed=False):
    graph = {}
    for u, v, w in edges:
        graph.setdefault(u, []).append((v, w))
        graph.setdefault(v, [])
        if not directed:
            graph[v].append((u, w))
    for node in graph:
        graph[node].sort()
    return graph

def bfs(graph, start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt, _ in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order

def dfs(graph, node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt, _ in graph[node]:
        if nxt not in seen:
            dfs(graph, nxt, seen)
    return seen

def dfs_iter(graph, start):
    seen, stack = [], [start]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.append(node)
        stack.extend([n for n, _ in reversed(graph[node])])
    return seen

def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[parent] <= heap[i]:
            break
        heap[parent], heap[i] = heap[i], heap[parent]
        i = parent

def heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top, heap[0] = heap[0], last
    i = 0
    while True:
        left, right, smallest = 2 * i + 1, 2 * i + 2, i
        if left < len(heap) and heap[left] < heap[smallest]:
            smallest = left
        if right < len(heap) and heap[right] < heap[smallest]:
            smallest = right
        if smallest == i:
            return top
        heap[i], heap[smallest] = heap[smallest], heap[i]
        i = smallest

def dijkstra(graph, source):
    dist, prev, heap = {source: 0}, {}, [(0, source)]
    while heap:
        d, node = heap_pop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt], prev[nxt] = nd, node
                heap_push(heap, (nd, nxt))
    return dist, prev

def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

def toposort(graph):
    state, order = {}, []
    def visit(node, trail):
        if state.get(node) == "done":
            return
        if state.get(node) == "active":
            raise ValueError("cycle: " + " -> ".join(trail + [node]))
        state[node] = "active"
        for nxt, _ in graph[node]:
            visit(nxt, trail + [node])
        state[node] = "done"
        order.append(node)
    for node in sorted(graph):
        visit(node, [])
    return order[::-1]

def components(graph):
    seen, comps = set(), []
    for node in sorted(graph):
        if node not in seen:
            comp = bfs(graph, node)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps

g = build(EDGES)
print("bfs", bfs(g, "a"))
print("dfs", dfs(g, "a"), dfs_iter(g, "a"))
dist, prev = dijkstra(g, "a")
for node in sorted(dist):
    print(f"  {node}: {dist[node]:>2} via {'-'.join(path(prev, node))}")
print("unreachable", sorted(set(g) - set(dist)))
print("components", components(g))
dag = build([("shirt", "tie", 0), ("tie", "jacket", 0), ("pants", "shoes", 0), ("pants", "belt", 0),
             ("belt", "jacket", 0), ("shirt", "belt", 0), ("socks", "shoes", 0)], directed=True)
print("topo", toposort(dag))
try:
    toposort(build([("x", "y", 0), ("y", "z", 0), ("z", "x", 0)], directed=True))
except ValueError as e:
    print(e)
heap = []
for v in [5, 3, 9, 1, 7, 1, 0, 8]:
    heap_push(heap, v)
print([heap_pop(heap) for _ in range(len(heap))])
