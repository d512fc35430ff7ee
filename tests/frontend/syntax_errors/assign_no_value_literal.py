"doc" =
