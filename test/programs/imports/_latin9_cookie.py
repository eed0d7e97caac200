# -*- coding: latin9 -*-
# a module whose source is ISO 8859-15: € is the euro sign there
EURO = '€'
WORD = 'café'
