WHERE = "main dir"
