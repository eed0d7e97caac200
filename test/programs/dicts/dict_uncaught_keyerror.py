# exit: 1
# An uncaught KeyError: its message is the repr of the key, shown in the traceback's last line.
inventory = {"apples": 3, "pears": 0}
def take(item, n):
    inventory[item] -= n
    return inventory[item]
print(take("apples", 1))
print(take("pear's", 1))
