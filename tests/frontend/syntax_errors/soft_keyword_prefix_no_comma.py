s.a(m.b c)
