# -*- coding: latin-1 -*-
x = 'café'
y = 'ÿþ'
été = 1
