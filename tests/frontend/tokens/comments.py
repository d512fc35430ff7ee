# coding is not here
x = 1  # trailing
#!/not/a/shebang
y = [1,  # in brackets
     # alone in brackets
     2]
# last
