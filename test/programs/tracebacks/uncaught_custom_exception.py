# exit: 1
# An uncaught exception of a user-defined class: its module prefix (__main__) and custom __str__ are shown.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        self.needed, self.available = needed, available
    def __str__(self):
        return f"need {self.needed}, have {self.available}"
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount
print(withdraw(100, 30))
print(withdraw(10, 30))
