# math.sin and math.cos to the last bit of the oracle's C library: musl reduces the argument by
# pi/2 its own way (the first multiples subtracted directly, else with pi/2 in 33-bit pieces) and
# evaluates fdlibm's kernels on the two-part remainder; for these arguments that gives another last
# bit than a JS engine's Math.sin/Math.cos. cmath and math.gamma/lgamma (through sin(pi*x)) follow.
import cmath
import math

for x in [0.7929768725199526, 2.3364563763358968, 0.8473097733028044, 0.9399745520273328,
          880268.9180835283, 1.9866353664793484, 0.9025315075469874, 7.157259261819643,
          7.427778174861544, 159841.93889896024, 1.1484103329009725, 4.556187827599815,
          519087.02053163823, 0.8034910441842462, 0.7963881297238712, 1.9337125014968373,
          739384.0706732674, 0.7956675891207083, 1.003699569810299, 0.8586391369127315, 0.1]:
    for v in (x, -x):
        print(repr(v), math.sin(v).hex(), math.cos(v).hex(), math.tan(v / 7))
# the reduction's cases: near k*pi/2 for k = 1..4, exactly at their high words, and medium sizes
for k in range(1, 9):
    for d in (-1e-9, 0.0, 3e-7, 0.1):
        v = k * math.pi / 2 + d
        print(k, d, math.sin(v).hex(), math.cos(-v).hex())
for v in [1e-300, -0.0, 2.0**-27, 2.0**-26, 0.785398, 0.7853981633974483, 1e5, 1647099.3291652855,
          1647099.3291652858, 1e6 + 0.5, 3e5 * math.pi]:
    print(repr(v), math.sin(v).hex(), math.cos(v).hex())
print(cmath.exp(complex(0.5, 2.3364563763358968)), cmath.sin(complex(0.9399745520273328, 0.25)),
      cmath.rect(2.0, 1.1484103329009725), complex(1, 1) ** complex(0.5, 0.7))
print(math.gamma(-2.5), math.gamma(-0.7963881297238712), math.lgamma(-3.3), math.lgamma(-0.8586391369127315))
for v in [math.inf, -math.inf]:
    try:
        math.sin(v)
    except ValueError as e:
        print(v, "ValueError", e)
print(math.isnan(math.cos(math.nan)))
