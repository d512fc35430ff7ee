import late
VALUE = 1
