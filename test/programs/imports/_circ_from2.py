from _circ_from import main_helper
def helper():
    return "helper"
