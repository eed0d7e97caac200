# time.struct_time has __match_args__ (its nine visible fields) as 3.10 struct sequences do, so a
# class pattern matches it by position; and where that key sits in its __dict__.
import time, os, sys
print(time.struct_time.__match_args__, os.stat_result.__match_args__, type(sys.flags).__match_args__, type(sys.version_info).__match_args__)
print(list(time.struct_time.__dict__)[-4:])
match time.gmtime(0):
    case time.struct_time(y, m): print(y, m)
