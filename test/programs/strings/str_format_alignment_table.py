# Text tables with format specs and str methods: alignment, truncation, fill characters, widths.
rows = [("Widget", 3, 2.5), ("Gadget", 12, 10.0), ("Thingamajig", 1, 199.999), ("Ünïcödé", 100, 0.005)]
header = f"{'Item':<12}|{'Qty':>5}|{'Price':>10}|{'Total':>11}"
print(header)
print("-" * len(header))
for name, qty, price in rows:
    print(f"{name[:12]:<12}|{qty:>5d}|{price:>10.2f}|{qty * price:>11,.2f}")
print("=" * len(header))
total = sum(q * p for _, q, p in rows)
print(f"{'TOTAL':<12}|{sum(q for _, q, _ in rows):>5}|{'':>10}|{total:>11,.2f}")
for w in range(1, 8, 2):
    print("{:^{w}}|{:.<{w}}|{:_>{w}}".format("ab", "cd", "ef", w=w))
print("{:>8.3}|{:<8.3}|{:^8.3}|".format("abcdef", "ghijkl", "mnopqr"))
print("%-10s|%10s|%.2s|%-5.1s|" % ("left", "right", "trunc", "xyz"))
print(str.ljust("a", 4) + "|", str.rjust("b", 4, "·") + "|", "c".center(6, "~"))
