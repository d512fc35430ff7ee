NAME = "ping"
print("ping starts")
import pong
print("ping done, pong has", sorted([k for k in vars(pong) if not k.startswith("__")]))


def call_pong():
    return "ping->" + pong.NAME
