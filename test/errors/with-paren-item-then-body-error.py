with (a) as c:
    x y z
