# importlib.metadata finds distributions along sys.path through PathFinder.find_distributions on
# sys.meta_path (dist-info and egg-info directories): version, metadata, entry points, files.
import os, sys

root = "/tmp/md_paths"
os.makedirs(f"{root}/demo_pkg-1.2.3.dist-info", exist_ok=True)
os.makedirs(f"{root}/other_pkg-0.1.egg-info", exist_ok=True)
with open(f"{root}/demo_pkg-1.2.3.dist-info/METADATA", "w") as f:
    f.write("Metadata-Version: 2.1\nName: demo-pkg\nVersion: 1.2.3\nSummary: A demo\nRequires-Dist: other-pkg (>=0.1)\n")
with open(f"{root}/demo_pkg-1.2.3.dist-info/entry_points.txt", "w") as f:
    f.write("[console_scripts]\ndemo = demo_pkg.cli:main\n\n[demo.plugins]\nfirst = demo_pkg.plugins:First\n")
with open(f"{root}/demo_pkg-1.2.3.dist-info/RECORD", "w") as f:
    f.write("demo_pkg/__init__.py,,\ndemo_pkg-1.2.3.dist-info/METADATA,,\n")
with open(f"{root}/other_pkg-0.1.egg-info/PKG-INFO", "w") as f:
    f.write("Metadata-Version: 1.1\nName: other-pkg\nVersion: 0.1\n")
sys.path.insert(0, root)

import importlib.metadata as md
from importlib.machinery import PathFinder
print(md.version("demo-pkg"), md.version("other-pkg"), md.metadata("demo-pkg")["Summary"], md.requires("demo-pkg"))
print(sorted(d.metadata["Name"] for d in md.distributions(path=[root])))
print(sorted(d.metadata["Name"] for d in PathFinder.find_distributions(md.DistributionFinder.Context(path=[root]))))
print([(ep.name, ep.value, ep.group) for ep in md.entry_points(group="demo.plugins")])
print(sorted(str(p) for p in md.files("demo-pkg")))
try:
    md.version("no-such-dist-here")
except md.PackageNotFoundError as e:
    print(type(e).__name__, e)
