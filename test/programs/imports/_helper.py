X = 1
def boom():
    1/0
