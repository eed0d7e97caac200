from _circ_from2 import helper
def main_helper():
    return "main helper"
