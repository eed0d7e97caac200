if x:
    pass

  
# c

x = 1
