# exit: 1
# A NameError inside code compiled with a custom filename that does not exist on disk: no source lines shown.
expr = compile("price * quantity + tax", "invoice-formula", "eval")
print(eval(expr, {"price": 2, "quantity": 3, "tax": 1}))
print(eval(expr, {"price": 2, "quantity": 3}))
