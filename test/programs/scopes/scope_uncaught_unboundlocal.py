# exit: 1
# An uncaught UnboundLocalError: assignment later in the function makes the name local everywhere in it.
total = 10
def add(n):
    print("adding", n)
    total = total + n
    return total
add(5)
