eq(a, "s" async )
