x = '\N{KAWI LETTER A}'
