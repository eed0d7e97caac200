# exit: 1
# The classic: calling a method on None returned by a function that forgot to return.
def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u
users = [{"name": "ann", "email": "ann@example.com"}]
print(find_user(users, "ann")["email"].upper())
print(find_user(users, "bob")["email"].upper())
