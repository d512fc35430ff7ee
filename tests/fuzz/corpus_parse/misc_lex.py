x = f"{a!r:>{w}} {b=}" + rb"\x00" \
  + 0x_1F
if x:
	pass
