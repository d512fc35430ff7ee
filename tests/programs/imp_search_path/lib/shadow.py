WHERE = "lib (never: main dir first)"
