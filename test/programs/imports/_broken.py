print("_broken starts")
value = 1
raise RuntimeError("_broken fails while importing")
