# ValueError from int() parsing bad input, uncaught, after some successful conversions.
inputs = ["10", " 20 ", "-3", "0x1F", "4_0"]
for text in inputs:
    print(repr(text), int(text, 0) if text.startswith("0x") else int(text))
print(int("twelve"))
