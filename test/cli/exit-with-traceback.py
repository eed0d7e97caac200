# A program for the CLI test: output on both streams, a traceback through two frames, status 1.
import sys


def check(args):
    print("args:", args)
    print("to stderr", file=sys.stderr)
    return {"a": 1}[args[0]]


check(sys.argv[1:])
