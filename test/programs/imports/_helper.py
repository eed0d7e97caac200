"""A helper module imported by the imports programs."""
X = 1
_private = "underscore"
def boom():
    1/0
def greet(name):
    return f"hello {name} from {__name__}"
