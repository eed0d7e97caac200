# Classes, instances, methods, properties and attribute access.
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    @property
    def energy(self):
        return self.vel.dot(self.vel)

    def step(self):
        self.pos = self.pos + self.vel


ps = [Particle(Vector(i, -i), Vector(i % 3, i % 5)) for i in range(100)]
for _ in range(300):
    for p in ps:
        p.step()
print(sum(p.energy for p in ps), ps[7].pos.x, ps[7].pos.y)
