# exit: 1
# An uncaught ValueError from tuple unpacking in a loop over records.
records = [("ann", 31), ("bob", 27), ("carl", 40, "extra")]
for name, age in records:
    print(f"{name} is {age}")
