x =   # comment
