# coding: ascii
x = 'ö'
