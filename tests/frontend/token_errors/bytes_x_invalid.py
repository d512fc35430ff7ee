x = b'ab\xzz'
