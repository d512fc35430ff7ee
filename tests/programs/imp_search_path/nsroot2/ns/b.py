WHERE = "nsroot2/ns"
