VALUE = "helped"
