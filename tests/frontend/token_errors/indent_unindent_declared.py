# coding: latin-1
if x:
  a
 é = 1
