# exit: 1
# An uncaught TypeError from putting an unhashable value into a set inside a helper.
def tags(*groups):
    out = set()
    for g in groups:
        out.add(g)
    return out
print(sorted(tags(1, 2, 3)))
print(tags((1, 2), [3, 4]))
