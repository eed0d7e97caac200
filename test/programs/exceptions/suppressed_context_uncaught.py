# exit: 1
# raise ... from None hides the context in the traceback; the inner exception is still reachable.
class ConfigError(Exception):
    pass
def get(cfg, key):
    try:
        return cfg[key]
    except KeyError:
        raise ConfigError(f"missing setting {key!r}") from None
cfg = {"host": "localhost"}
print(get(cfg, "host"))
try:
    get(cfg, "port")
except ConfigError as e:
    print("context kept:", repr(e.__context__), "suppressed:", e.__suppress_context__)
get(cfg, "port")
