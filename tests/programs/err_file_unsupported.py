# An uncaught io.UnsupportedOperation (reading a file opened for writing):
# the type prints with its module.
f = open("err_file_unsupported.txt", "w")
f.write("text\n")
print(f.read())
