abc = xöy
