WHERE = "nsroot1/ns/a"
