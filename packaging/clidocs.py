#!/usr/bin/env python3
"""Writes the man page and the bash completion of `bestand` from its own --help.

Both come from the text a user sees with `bestand COMMAND --help`, so they cannot
drift from the program: a new command or option appears in both with the next build.

  clidocs.py BESTAND --man OUT.1 [--completion OUT] [--version V] [--date YYYY-MM-DD]

With LANGUAGE=de in the environment the man page is written in German.
"""
import argparse
import os
import re
import subprocess
import sys


def run_help(bestand, arguments, quiet=False):
    env = dict(os.environ)
    # The default database path is the reader's, not the build machine's: run with a
    # home that cannot occur in the text and write it back as "~".
    home = "/nonexistent-bestand-home"
    env["HOME"] = home
    env.pop("XDG_DATA_HOME", None)
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run([bestand] + arguments + ["--help"], capture_output=True, text=True, env=env)
    if result.returncode != 0 and quiet:
        return ""
    if result.returncode != 0:
        sys.exit(f"{' '.join([bestand] + arguments)} --help failed ({result.returncode}): {result.stderr}")
    return result.stdout.replace(home, "~")


def commands_of(overview):
    """The names listed under 'Commands:' in `bestand --help` (in any language)."""
    names = []
    in_list = False
    for line in overview.splitlines():
        if re.match(r"^\S.*:$", line):
            in_list = True
            continue
        match = re.match(r"^  ([a-z][a-z-]*)\s{2,}", line)
        if in_list and match:
            names.append(match.group(1))
    return names


def parse_help(text):
    """{usage, description, options: [(names, value, text)], arguments: [(name, text)]}"""
    lines = text.splitlines()
    usage = re.sub(r"^\S+:\s*", "", lines[0]) if lines else ""
    description, options, arguments, notes = [], [], [], []
    section = "description"
    for line in lines[1:]:
        if re.match(r"^\S.*:$", line):
            section = "options" if not options and section == "description" else "arguments"
            continue
        if section != "description" and line.strip() and not line.startswith(" "):
            notes.append(line.strip())  # the closing paragraph after the lists
            continue
        if section == "description":
            if line.strip():
                description.append(line.strip())
            continue
        entry = re.match(r"^  (\S.*?)(?:\s{2,}(.*))?$", line)
        if entry and not line.startswith("   "):
            target = options if section == "options" else arguments
            target.append([entry.group(1), entry.group(2) or ""])
        elif line.strip() and (options or arguments):
            target = options if section == "options" else arguments
            target[-1][1] = (target[-1][1] + " " + line.strip()).strip()
    return {"usage": usage, "description": " ".join(description), "options": options, "arguments": arguments,
            "notes": notes}


def subcommand_candidates(text):
    """Words a command's own help lists as subcommands ("  new  --name N …", "/ resume"),
    when it lists no options of its own (as `bestand audit --help`). Each is confirmed by
    running its --help before it counts."""
    if re.search(r"^\s+-", text, re.M):
        return []
    names = []
    for line in text.splitlines()[1:]:
        for match in re.finditer(r"(?:^  |/ )([a-z]+)(?=\s)", line):
            if match.group(1) not in names:
                names.append(match.group(1))
    return names


def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return re.sub(r"^([.'])", r"\\&\1", text, flags=re.M)


def write_man(path, overview, commands, version, date, german):
    out = []
    out.append(f'.TH BESTAND 1 "{date}" "bestand {version}" "{"Benutzerbefehle" if german else "User Commands"}"')
    out.append(".SH NAME" if not german else ".SH BEZEICHNUNG")
    out.append("bestand \\- " + ("IT-Inventarverwaltung: Hardware, Lizenzen, Inventur" if german
                                 else "IT asset and inventory manager: hardware, licences, audits"))
    out.append(".SH " + ("ÜBERSICHT" if german else "SYNOPSIS"))
    usage, _, listing = overview.partition("\n\n")
    out.append(".nf")
    synopsis = re.sub(r"^\S+:\s*", "", usage.strip("\n"), count=1)
    out.append(roff("\n".join(line.strip() for line in synopsis.splitlines())))
    out.append(".fi")
    out.append(".SH " + ("BESCHREIBUNG" if german else "DESCRIPTION"))
    out.append(".nf")
    out.append(roff("\n".join(line for line in listing.splitlines() if line.strip())))
    out.append(".fi")
    out.append(".SH " + ("BEFEHLE" if german else "COMMANDS"))
    for invocation, help_text in commands:
        parsed = parse_help(help_text)
        out.append(f'.SS "{roff(invocation)}"')
        out.append(".B " + roff(parsed["usage"]))
        out.append(".PP")
        out.append(roff(parsed["description"]))
        for name, text in parsed["arguments"]:
            out.append(".TP")
            out.append(".I " + roff(name))
            out.append(roff(text))
        for names, text in parsed["options"]:
            out.append(".TP")
            out.append(".B " + roff(names))
            out.append(roff(text))
        for note in parsed["notes"]:
            out.append(".PP")
            out.append(roff(note))
    out.append(".SH " + ("DATEIEN" if german else "FILES"))
    out.append(".TP")
    out.append(".I ~/.local/share/KSM/Bestand/bestand.sqlite")
    out.append(roff("Die eingebettete Inventardatenbank, beim ersten Start angelegt." if german
                    else "The embedded inventory database, created on first start."))
    out.append(".SH " + ("UMGEBUNG" if german else "ENVIRONMENT"))
    out.append(".TP")
    out.append(".B LANGUAGE")
    out.append(roff("LANGUAGE=de erzwingt die deutsche Oberfläche." if german
                    else "LANGUAGE=de forces the German user interface."))
    with open(path, "w", encoding="utf-8") as file:
        file.write("\n".join(out) + "\n")


def option_names(parsed):
    """All option names, and for those taking a value how bash completes it:
    files for paths, the listed words for "<excel|plain>", nothing otherwise."""
    names, values = [], {}
    for entry, _ in parsed["options"]:
        for part in entry.split(","):
            part = part.strip()
            match = re.match(r"^(--?[\w-]+)(?:\s+<([^>]+)>)?$", part)
            if not match:
                continue
            names.append(match.group(1))
            placeholder = match.group(2)
            if placeholder is None:
                continue
            if "|" in placeholder:
                values[match.group(1)] = "words:" + " ".join(placeholder.split("|"))
            elif re.search(r"PATH|FILE|DIR", placeholder, re.I):
                values[match.group(1)] = "files"
            else:
                values[match.group(1)] = "none"
    return names, values


def value_cases(values, indent):
    """A bash case over $prev completing an option's value; returns after completing."""
    if not values:
        return []
    lines = [f'{indent}case "$prev" in']
    for option, kind in values.items():
        if kind == "files":
            action = "_filedir; return ;;"
        elif kind.startswith("words:"):
            action = f'COMPREPLY=($(compgen -W "{kind[6:]}" -- "$cur")); return ;;'
        else:
            action = "return ;;"
        lines.append(f"{indent}{option}) {action}")
    lines.append(f"{indent}esac")
    return lines


def write_completion(path, commands):
    lines = [
        "# bash completion for bestand, generated from `bestand COMMAND --help` (packaging/clidocs.py)",
        "_bestand()",
        "{",
        "    local cur prev words cword",
        "    _init_completion || return",
        "    local options=",
        '    case "${words[1]}" in',
    ]
    for name, parsed, subs in commands:
        lines.append(f"    {name})")
        if subs:
            lines.append('        if [ "$cword" -eq 2 ]; then')
            lines.append(f'            COMPREPLY=($(compgen -W "{" ".join(s for s, _ in subs)} --help" -- "$cur"))')
            lines.append("            return")
            lines.append("        fi")
            lines.append('        case "${words[2]}" in')
            for sub_name, sub_parsed in subs:
                sub_names, sub_values = option_names(sub_parsed)
                lines.append(f"        {sub_name})")
                lines += value_cases(sub_values, "            ")
                lines.append(f'            options="{" ".join(sub_names)}" ;;')
            lines.append("        esac ;;")
        else:
            names, values = option_names(parsed)
            lines += value_cases(values, "        ")
            lines.append(f'        options="{" ".join(names)}" ;;')
    lines += [
        "    *)",
        '        if [ "$cword" -eq 1 ]; then',
        f'            COMPREPLY=($(compgen -W "{" ".join(commands_list(commands))} --db --help --version" -- "$cur"))',
        "            return",
        "        fi",
        '        [ "$prev" = --db ] && _filedir',
        "        return ;;",
        "    esac",
        '    if [[ "$cur" == -* ]]; then',
        '        COMPREPLY=($(compgen -W "$options" -- "$cur"))',
        "        return",
        "    fi",
        "    _filedir",
        "}",
        "complete -F _bestand bestand",
    ]
    with open(path, "w", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")


def commands_list(commands):
    return [name for name, _, _ in commands]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bestand")
    parser.add_argument("--man", required=True)
    parser.add_argument("--completion")
    parser.add_argument("--version", default="")
    parser.add_argument("--date", default="")
    args = parser.parse_args()
    german = os.environ.get("LANGUAGE", "").startswith("de")

    overview = run_help(args.bestand, [])
    names = commands_of(overview)
    if not names:
        sys.exit("bestand --help lists no commands")
    pages, completion = [], []
    for name in names:
        text = run_help(args.bestand, [name])
        subs = []
        for sub in subcommand_candidates(text):
            sub_text = run_help(args.bestand, [name, sub], quiet=True)
            first_line = sub_text.splitlines()[0] if sub_text else ""
            if f"bestand {name} {sub} " not in first_line + " ":
                continue  # a word of the description, not a subcommand
            pages.append((f"bestand {name} {sub}", sub_text))
            subs.append((sub, parse_help(sub_text)))
        if not subs:
            pages.append((f"bestand {name}", text))
        completion.append((name, parse_help(text), subs))
    write_man(args.man, overview, pages, args.version, args.date, german)
    if args.completion:
        write_completion(args.completion, completion)
    return 0


if __name__ == "__main__":
    sys.exit(main())
