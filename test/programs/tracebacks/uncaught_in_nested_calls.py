# exit: 1
# A KeyError raised five frames deep: one traceback entry per frame with its source line.
config = {"db": {"host": "localhost", "port": 5432}}
def lookup(d, path):
    key, _, rest = path.partition(".")
    value = d[key]
    return lookup(value, rest) if rest else value
def get_setting(path):
    return lookup(config, path)
def connect():
    host = get_setting("db.host")
    user = get_setting("db.user")
    return f"{user}@{host}"
def main():
    print("host is", get_setting("db.host"))
    print(connect())
main()
