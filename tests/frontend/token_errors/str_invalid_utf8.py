x = 1
y = 'abcö'
