# stdin-line: Ada Lovelace
# stdin-line: 36
# stdin-line: 1.5 2.5 3.5
# input() reads lines from stdin (the prompt goes to stdout without a newline), int/float parsing of lines.
name = input("Name: ")
age = int(input("Age: "))
nums = [float(x) for x in input("Numbers: ").split()]
print()
print(f"Hello, {name}! Next year you will be {age + 1}.")
print(f"sum={sum(nums)} mean={sum(nums) / len(nums)}")
print(repr(name), type(age).__name__, nums)
