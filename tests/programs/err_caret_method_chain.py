# Carets for a failing method in the middle of a chain of calls.
text = "  alpha, beta , gamma  "
parts = text.strip().split(",")
print(parts)
cleaned = text.strip().split(",")[1].strip().uppercase().replace("B", "b")
