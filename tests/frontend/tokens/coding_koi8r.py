# coding: koi8-r
x = 'привет'
п = 1
