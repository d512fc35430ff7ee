x = ('a' 'b'
     "c" '''d'''
     r'e')
y = b'a' b'b' rb'c'
