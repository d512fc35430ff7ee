yield 1
await x
return 5
