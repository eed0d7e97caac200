alpha = "alpha"
beta = "beta"
_hidden = "hidden: starts with underscore"
import math as _math_alias
import string
