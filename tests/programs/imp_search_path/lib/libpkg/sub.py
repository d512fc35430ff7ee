WHERE = "lib/libpkg"
