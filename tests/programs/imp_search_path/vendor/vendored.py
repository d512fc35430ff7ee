WHERE = "vendor"
