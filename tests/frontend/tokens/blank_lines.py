

   
	
# comment
    # indented comment
x = 1


   
if x:

    y = 2
        # deeper comment

  # shallower comment
    z = 3


