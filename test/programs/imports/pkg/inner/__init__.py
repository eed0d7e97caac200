from .. import sub as parent_sub
INNER = "inner package, parent Y=%d" % parent_sub.Y
