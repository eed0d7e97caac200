# Lists as stacks and queues, collections.deque for queues, and a bracket matcher and RPN calculator.
stack = []
for c in "abc":
    stack.append(c)
print(stack, stack.pop(), stack[-1], stack)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}"]:
    print(repr(s), balanced(s))
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in "+-*/":
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            st.append(float(tok))
    return st.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 4 * 5 6 - / +"))
from collections import deque
q = deque([1, 2, 3], maxlen=5)
q.append(4); q.appendleft(0); q.append(5)
print(q, q.popleft(), q.pop(), q, q.maxlen, len(q), q[1], list(reversed(q)))
q.rotate(2); print(q)
q.rotate(-1); print(q)
q.extendleft("ab"); print(q)
print(q.count("a"), q.index(2) if 2 in q else None, deque(), deque("xyz", 2))
queue = [1, 2, 3]
print(queue.pop(0), queue, queue.insert(0, 0), queue)
