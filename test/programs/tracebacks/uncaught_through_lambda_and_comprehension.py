# exit: 1
# Traceback frames for lambdas, list comprehensions and generator expressions: <lambda>, <listcomp>, <genexpr>.
data = [4, 2, 0, 1]
ratios = lambda xs: [10 // x for x in xs]
print(sum(y for y in ratios(data[:2])))
print(sum(y for y in ratios(data)))
