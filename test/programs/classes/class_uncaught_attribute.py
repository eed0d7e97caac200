# exit: 1
# An uncaught AttributeError from a typo in a method, with chained calls in the traceback.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self
    def report(self):
        return f"{self.owner}: {self.balanse}"
acct = Account("ann").deposit(10).deposit(5)
print(acct.balance)
print(acct.report())
