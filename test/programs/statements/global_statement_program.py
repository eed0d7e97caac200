# A small stateful program using module-level state, global statements and functions that mutate it.
inventory = {}
log = []
def add(item, qty=1):
    inventory[item] = inventory.get(item, 0) + qty
    log.append(f"+{qty} {item}")
def remove(item, qty=1):
    global inventory
    if inventory.get(item, 0) < qty:
        log.append(f"cannot remove {qty} {item}")
        return False
    inventory[item] -= qty
    if inventory[item] == 0:
        inventory = {k: v for k, v in inventory.items() if k != item}
    log.append(f"-{qty} {item}")
    return True
next_id = 0
def new_id():
    global next_id
    next_id += 1
    return f"id{next_id:03d}"
for item, qty in [("apple", 3), ("pear", 2), ("apple", 1)]:
    add(item, qty)
print(remove("pear", 2), remove("apple", 10), remove("kiwi"))
print(inventory, log, [new_id() for _ in range(3)], next_id)
