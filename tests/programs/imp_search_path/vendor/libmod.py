WHERE = "vendor (never: lib first)"
