# Circular imports: the ones that work (names used only after both modules
# ran; `from package import sibling` falling back on sys.modules) and the
# ones that fail with CPython's "partially initialized module" messages.
import sys
import ping
print("ping.pong sees", ping.pong.ping_name(), "and pong.ping sees", ping.pong.ping.NAME)
print(ping.call_pong(), ping.pong.call_ping())

import ring.first
print(ring.first.describe())
print(sorted([k for k in sys.modules if k.startswith("ring")]))

try:
    import alpha
except ImportError as e:
    print(type(e).__name__, e)
    print("name:", e.name, "path:", e.path)
print("alpha" in sys.modules, "beta" in sys.modules)

try:
    import early
except AttributeError as e:
    print(type(e).__name__, e)
print("early" in sys.modules, "late" in sys.modules)
import late
print("late imported alone:", late.VALUE)
