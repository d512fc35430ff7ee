x = '\nabÃ©cö'
