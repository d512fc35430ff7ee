if 1:
  x
 \
  x
