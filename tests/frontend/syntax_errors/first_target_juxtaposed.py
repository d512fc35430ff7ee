rc, out err = f()
