# Independent random.Random instances, seed(version=1), SystemRandom not printed, and common recipes.
import random
r1 = random.Random(42)
r2 = random.Random(42)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)], r1.randint(0, 9), r2.randint(0, 9))
r3 = random.Random()
r3.seed("seed", version=1)
print(r3.random())
r3.seed("seed", version=2)
print(r3.random())
rng = random.Random(2024)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:8], len(deck))
hands = [sorted(rng.sample(deck, 5)) for _ in range(3)]
print(hands)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + rng.choice([-1, 1]))
print(walk)
print(sorted(rng.choices(range(5), cum_weights=[1, 2, 3, 10, 20], k=10)))
print(rng.getrandbits(1), rng.getrandbits(32), rng.getrandbits(64), rng.randrange(-50, 50, 5))
