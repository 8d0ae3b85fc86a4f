#!/usr/bin/env python3
"""Checks that every #include between the rooms of models/ and views/ follows the
map in docs/ARCHITECTURE.md (the tables "Rooms of models/" and "Rooms of views/").

A room may include itself and the rooms its row lists under "may include"; a views
room may include every models room besides. Every source file lives in a room, and
includes of the project's own headers name their room ("assets/asset.h"), so the
check sees every dependency. Exit status 1 lists each include that breaks the map.

  checkrooms.py SOURCE_DIR [--extra-include FILE HEADER]...

--extra-include pretends FILE also includes HEADER: the test suite uses it to show
that a forbidden include is caught without touching a source file.
"""
import argparse
import os
import re
import sys

LIBRARIES = ("models", "views")
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def read_map(architecture):
    """{library: {room: set(rooms it may include)}} from the two tables."""
    rooms = {library: {} for library in LIBRARIES}
    library = None
    for line in open(architecture, encoding="utf-8"):
        heading = re.match(r"^#+\s+Rooms of (models|views)/", line)
        if heading:
            library = heading.group(1)
            continue
        if line.startswith("#"):
            library = None
        if library is None or not line.startswith("|"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        room = re.fullmatch(r"`(\w+)/?`", cells[0])
        if not room:
            continue  # header or separator row
        allowed = set(re.findall(r"`(\w+)/?`", cells[-1]))
        rooms[library][room.group(1)] = allowed
    return rooms


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("source_dir")
    parser.add_argument("--extra-include", nargs=2, action="append", default=[], metavar=("FILE", "HEADER"))
    args = parser.parse_args()
    os.chdir(args.source_dir)

    rooms = read_map("docs/ARCHITECTURE.md")
    problems = []
    for library in LIBRARIES:
        if not rooms[library]:
            problems.append(f"docs/ARCHITECTURE.md: no table 'Rooms of {library}/'")
        for room, allowed in rooms[library].items():
            unknown = allowed - set(rooms[library]) - (set(rooms["models"]) if library == "views" else set())
            if unknown:
                problems.append(f"docs/ARCHITECTURE.md: room {library}/{room} may include unknown {sorted(unknown)}")

    # The map itself must be a ladder: no two rooms may reach each other.
    for library in LIBRARIES:
        graph = rooms[library]
        state = {}

        def visit(room, trail):
            if state.get(room) == "done":
                return
            if state.get(room) == "open":
                problems.append(f"docs/ARCHITECTURE.md: rooms of {library}/ include each other: "
                                + " -> ".join(trail[trail.index(room):] + [room]))
                return
            state[room] = "open"
            for target in sorted(graph.get(room, ())):
                if target in graph:
                    visit(target, trail + [room])
            state[room] = "done"

        for room in graph:
            visit(room, [])

    # Which library and room each project header lives in.
    owner = {}
    sources = []
    for library in LIBRARIES:
        for directory, _, files in os.walk(library):
            for name in sorted(files):
                if not name.endswith((".h", ".cpp")):
                    continue
                path = os.path.join(directory, name)
                parts = path.split(os.sep)
                if len(parts) != 3:
                    problems.append(f"{path}: not in a room (models/ROOM/file or views/ROOM/file)")
                    continue
                room = parts[1]
                if room not in rooms[library]:
                    problems.append(f"{path}: room {library}/{room} is not in the map of docs/ARCHITECTURE.md")
                    continue
                owner.setdefault(f"{room}/{name}", []).append((library, room))
                sources.append((path, library, room))

    extra = {}
    for path, header in args.extra_include:
        extra.setdefault(os.path.normpath(path), []).append(header)

    for path, library, room in sources:
        text = open(path, encoding="utf-8").read()
        for header in INCLUDE.findall(text) + extra.get(path, []):
            if header.startswith("moc_") or header.startswith("ui_"):
                continue
            if "/" not in header:
                problems.append(f'{path}: #include "{header}" does not name its room')
                continue
            targets = owner.get(header)
            if not targets:
                continue  # a generated or third-party header
            # views/x/a.h shadows nothing in models (file names are unique), so one owner
            target_library, target_room = targets[0]
            if target_library == library and target_room == room:
                continue
            if library == "models" and target_library == "views":
                problems.append(f'{path}: #include "{header}": models never includes views')
                continue
            allowed = rooms[library][room]
            if library == "views" and target_library == "models":
                continue  # every screen may use the core library
            if target_room not in allowed:
                problems.append(
                    f'{path}: #include "{header}": {library}/{room} may not include {target_library}/{target_room}'
                    f" (allowed: {', '.join(sorted(allowed)) or 'none'})")

    for header, targets in owner.items():
        if len(targets) > 1:
            problems.append(f"{header}: exists in more than one library, includes would be ambiguous")

    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} include(s) break the map in docs/ARCHITECTURE.md")
        return 1
    print(f"{len(sources)} files in {sum(len(r) for r in rooms.values())} rooms follow docs/ARCHITECTURE.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
