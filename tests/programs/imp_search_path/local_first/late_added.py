WHERE = "local_first (relative entry)"
