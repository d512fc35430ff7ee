@ a

