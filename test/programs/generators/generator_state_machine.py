# A coroutine-style generator as a state machine: a tokenizer fed characters with send().
def tokenizer():
    tokens = []
    buf = ""
    while True:
        ch = yield tokens
        tokens = []
        if ch is None:
            if buf:
                tokens.append(("NUM" if buf.isdigit() else "NAME", buf))
            return
        if ch.isalnum():
            buf += ch
        else:
            if buf:
                tokens.append(("NUM" if buf.isdigit() else "NAME", buf))
                buf = ""
            if not ch.isspace():
                tokens.append(("OP", ch))
t = tokenizer()
next(t)
out = []
for c in "x1 = 42 + foo*(3)":
    out.extend(t.send(c))
try:
    t.send(None)
except StopIteration:
    pass
print(out)
def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"
tl = traffic_light()
print([next(tl) for _ in range(7)])
def fsm(text):
    state = "start"
    for ch in text:
        if state == "start":
            state = "int" if ch.isdigit() else "bad"
        elif state == "int":
            state = "int" if ch.isdigit() else ("frac0" if ch == "." else "bad")
        elif state in ("frac0", "frac"):
            state = "frac" if ch.isdigit() else "bad"
        yield state
for s in ["12", "3.14", "1.", "x1", "4.2.1"]:
    states = list(fsm(s))
    print(s, states[-1] in ("int", "frac"), states)
