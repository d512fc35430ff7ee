x = f"{yield from}"
