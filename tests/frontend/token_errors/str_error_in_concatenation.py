x = '\N{DIGIT ONE}' '\u12'
