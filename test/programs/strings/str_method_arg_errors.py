# TypeErrors of str methods given a wrong argument: partition names the type (None too), removeprefix
# numbers no argument, center/ljust/rjust describe the fill character, splitlines takes an integer.
for f in (lambda v: 'abc'.partition(v), lambda v: 'abc'.rpartition(v), lambda v: 'abc'.removeprefix(v), lambda v: 'abc'.removesuffix(v), lambda v: 'abc'.split(v), lambda v: 'abc'.rsplit(v), lambda v: 'abc'.strip(v), lambda v: 'abc'.center(5, v), lambda v: 'abc'.count(v), lambda v: 'abc'.find(v), lambda v: 'abc'.startswith(v), lambda v: 'abc'.join([v]), lambda v: 'abc'.zfill(v), lambda v: 'abc'.ljust(v), lambda v: 'abc'.expandtabs(v), lambda v: 'abc'.splitlines(v), lambda v: 'abc'.__contains__(v), lambda v: 'abc' + v, lambda v: 'abc'.translate(v), lambda v: 'abc'.format_map(v), lambda v: str.maketrans(v), lambda v: str.maketrans('a', v), lambda v: 'abc'.index(v), lambda v: 'abc'.__getitem__(v), lambda v: 'abc' * v, lambda v: 'abc' < v, lambda v: 'abc'.__mod__(v)):
    for v in (None, {}, 1.5, 2**70, 'xy', True):
        try: f(v); print('ok')
        except Exception as e: print(type(e).__name__, e)
