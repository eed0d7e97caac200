# exit: 5
# A subclass of SystemExit is handled like SystemExit: its code attribute is the status.
class Done(SystemExit):
    def __init__(self):
        super().__init__(5)
print("raising Done")
raise Done
