# exit: 1
# An uncaught TypeError from string concatenation inside a method, with the source lines shown.
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, who):
        return self.greeting + ", " + who + "!"
g = Greeter("Hello")
print(g.greet("world"))
for name in ["Ada", "Grace", 42]:
    print(g.greet(name))
