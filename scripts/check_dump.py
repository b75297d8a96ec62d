"""Validates a `peerpolis export` dump with frictionless, the Frictionless Data reference implementation:
the descriptor, every cell's type and required constraint, primary keys and foreign keys across files.

Usage: python scripts/check_dump.py DUMP_FOLDER

frictionless cannot read an empty JSONL file (its reader raises StopIteration), so resources whose file is
empty are left out, and named, rather than failing the run. No other resource can point at rows of an empty
table without failing the foreign-key check, so leaving them out hides nothing.
"""
import os
import sys

from frictionless import Package


def main(folder):
    package = Package(os.path.join(folder, "datapackage.json"))
    empty = [r.name for r in package.resources if os.path.getsize(os.path.join(folder, r.path)) == 0]
    for name in empty:
        package.remove_resource(name)
    report = package.validate()
    if empty:
        print("empty, not validated: " + ", ".join(empty))
    if not report.valid:
        for task in report.tasks:
            for error in task.errors:
                print(f"{task.name}: {error.message}")
        return 1
    print(f"dump valid: {len(package.resources)} resources checked by frictionless")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
