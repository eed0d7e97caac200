# itertools combinatorics: product, permutations, combinations, combinations_with_replacement; counts and order.
import itertools as it
import math
print(list(it.product("ab", [0, 1])), len(list(it.product(range(3), repeat=3))), list(it.product()), list(it.product("ab", repeat=0)))
print(list(it.permutations("abc")), list(it.permutations(range(3), 2)), list(it.permutations([], 0)), list(it.permutations("ab", 3)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 3)), list(it.combinations("ab", 0)), list(it.combinations("a", 2)))
print(list(it.combinations_with_replacement("abc", 2)), len(list(it.combinations_with_replacement(range(5), 3))))
for n in range(6):
    for k in range(n + 1):
        assert len(list(it.combinations(range(n), k))) == math.comb(n, k)
        assert len(list(it.permutations(range(n), k))) == math.perm(n, k)
print("counts agree with math.comb and math.perm")
words = ["".join(p) for p in it.permutations("stop")]
print(len(words), words[:6], sorted(set(words))[:4])
coins = [1, 5, 10, 25]
ways = sum(1 for combo in it.combinations_with_replacement(coins, 4) if sum(combo) == 40)
print(ways)
