if x:
  a
 é = 1
