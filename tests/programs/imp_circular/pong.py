print("pong starts")
import ping
print("pong sees partial ping:", sorted([k for k in vars(ping) if not k.startswith("__")]))
NAME = "pong"


def ping_name():
    return ping.NAME


def call_ping():
    return "pong->" + ping.call_pong()
