# hello: start-up plus the first output (the "hello world" of the pvm issue).
print("hello world")
