x = "a" b"\xff" "c"
