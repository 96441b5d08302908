#!/usr/bin/env python3
"""Writes mdoc man pages of spotcheck and its subcommands from the command's own help
(`spotcheck --experimental-dump-help`), in whatever language that help is in: English with
LANG=C.UTF-8, Chinese with LANG=zh_CN.UTF-8. Pages are named as `man spotcheck-today` finds
them (spotcheck-today.1), with ENVIRONMENT, FILES and EXIT STATUS sections, and pass
`groff -ww -mandoc -z` without a warning.

usage: LANG=… generate-man.py SPOTCHECK-BINARY OUTPUT-DIR
"""
import json
import os
import subprocess
import sys
from pathlib import Path

# The sections the commands' help does not hold, in both languages.
TEXT = {
    "en": {
        "environment": [
            ("SPOTCHECK_SOCKET", "The daemon's control socket, when --socket is not given (default /run/spotcheck/control)."),
            ("SPOTCHECK_TIMEOUT", "Seconds to wait for the daemon's answer, when --timeout is not given (default 60; 0 waits)."),
            ("SPOTCHECK_TASKS", "The task folder spotcheck today reads (default /var/lib/spotcheck/tasks)."),
            ("LC_ALL, LC_MESSAGES, LANG, LANGUAGE", "The language, as gettext chooses it: a zh locale gives Simplified Chinese, anything else English."),
            ("NO_COLOR", "When set and not empty, no colour even on a terminal."),
        ],
        "files": [
            ("/run/spotcheck/control", "spotcheckd's control socket (Varlink)."),
            ("/var/lib/spotcheck/tasks/LOGIN/DATE.json", "An inspector's task file of a day, readable by that inspector only."),
            ("/var/lib/spotcheck/public/DATE/POOL/", "The published records: record.json, commitment.json, seed.hex, the roster and the policy."),
            ("/etc/spotcheck/spotcheckd.toml", "The daemon's configuration, see spotcheckd.toml(5)."),
            ("/usr/share/doc/spotcheck/schema/", "JSON Schema of every command's --json output."),
        ],
        "exit": "The exit codes are listed under EXIT CODES above.",
        "see": "See also",
    },
    "zh": {
        "environment": [
            ("SPOTCHECK_SOCKET", "未给出 --socket 时使用的守护进程控制套接字（默认 /run/spotcheck/control）。"),
            ("SPOTCHECK_TIMEOUT", "未给出 --timeout 时等待守护进程答复的秒数（默认 60；0 表示一直等待）。"),
            ("SPOTCHECK_TASKS", "spotcheck today 读取的任务文件夹（默认 /var/lib/spotcheck/tasks）。"),
            ("LC_ALL, LC_MESSAGES, LANG, LANGUAGE", "界面语言，按 gettext 的规则选择：zh 区域设置为简体中文，其他为英文。"),
            ("NO_COLOR", "设置且不为空时，即使在终端上也不使用颜色。"),
        ],
        "files": [
            ("/run/spotcheck/control", "spotcheckd 的控制套接字（Varlink）。"),
            ("/var/lib/spotcheck/tasks/LOGIN/DATE.json", "检查员某一天的任务文件，只有该检查员可读。"),
            ("/var/lib/spotcheck/public/DATE/POOL/", "公开的抽签记录：record.json、commitment.json、seed.hex、名册和策略。"),
            ("/etc/spotcheck/spotcheckd.toml", "守护进程的配置，见 spotcheckd.toml(5)。"),
            ("/usr/share/doc/spotcheck/schema/", "每个命令 --json 输出的 JSON Schema。"),
        ],
        "exit": "退出码见上文的“退出码”一节。",
        "see": "另见",
    },
}


def language():
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "zh" if value.startswith("zh") else "en"
    return "en"


def escape(text):
    """One line of running text, safe for mdoc: no leading dot or quote, backslashes escaped,
    and a break allowed after each CJK character and punctuation mark (groff cannot break a line
    of Chinese otherwise)."""
    text = text.replace("\\", "\\e")
    out = []
    for index, char in enumerate(text):
        out.append(char)
        if ord(char) >= 0x2E80 and index + 1 < len(text):
            out.append("\\:")
    text = "".join(out)
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def flag(argument):
    names = argument.get("names") or []
    preferred = argument.get("preferredName") or (names[0] if names else None)
    if argument["kind"] == "positional" or not preferred:
        return "Ar " + argument.get("valueName", "value") + ("..." if argument.get("isRepeating") else "")
    dash = "-" if preferred["kind"] == "long" else ""
    text = "Fl " + dash + preferred["name"]
    if argument["kind"] == "option":
        text += " Ar " + argument.get("valueName", "value")
    return text


def prose(text):
    """Paragraphs as mdoc: a heading followed by indented lines (examples, codes) as a literal
    display, other lines as text; blank lines become paragraph breaks, never empty input lines."""
    lines = []
    for block in text.strip("\n").split("\n\n"):
        rows = [row for row in block.split("\n") if row.strip()]
        if not rows:
            continue
        if lines:
            lines.append(".Pp")
        literal = [row for row in rows[1:] if row.startswith("  ")]
        if literal and len(literal) == len(rows) - 1:
            lines.append(escape(rows[0]))
            lines.append(".Bd -literal -offset indent")
            lines += [escape(row[2:]) for row in rows[1:]]
            lines.append(".Ed")
        else:
            lines += [escape(row) for row in rows]
    return lines


def tagged(items):
    lines = [".Bl -tag -width Ds"]
    for name, text in items:
        lines.append(".It Pa " + name if name.startswith("/") else ".It Ev " + name.replace(",", " ,"))
        lines.append(escape(text))
    lines.append(".El")
    return lines


def page(command, path, date, text, chinese):
    name = "-".join(path)
    lines = [
        '.\\" Generated by scripts/generate-man.py from the commands\' help',
        ".Dd " + date,
        ".Dt " + name.upper() + " 1",
        ".Os",
    ]
    # Chinese has no spaces to stretch: lines are left-aligned, not justified.
    lines += [".ad l"] if chinese else []
    lines += [
        ".Sh NAME",
        ".Nm " + name,
        ".Nd " + escape(command.get("abstract", "") or name),
        ".Sh SYNOPSIS",
        ".Nm " + path[0] + ("" if len(path) == 1 else "\n.Cm " + " ".join(path[1:])),
    ]
    arguments = [a for a in command.get("arguments", []) if a.get("shouldDisplay", True)]
    for argument in arguments:
        lines.append((".Op " if argument.get("isOptional") else ".") + flag(argument))
    lines.append(".Sh DESCRIPTION")
    if command.get("discussion"):
        lines += prose(command["discussion"])
    elif command.get("abstract"):
        lines.append(escape(command["abstract"]))
    if arguments:
        lines.append(".Bl -tag -width 6n")
        for argument in arguments:
            lines.append(".It " + flag(argument))
            lines += prose(argument.get("abstract", "") or "-")
            if argument.get("discussion"):
                lines += prose(argument["discussion"])
        lines.append(".El")
    lines.append(".Sh ENVIRONMENT")
    lines += tagged(text["environment"])
    lines.append(".Sh FILES")
    lines += tagged(text["files"])
    lines += [".Sh EXIT STATUS", escape(text["exit"])]
    refs = ["spotcheckd 8", "spotcheckd.toml 5"]
    if len(path) > 1:
        refs.insert(0, "-".join(path[:-1]) + " 1")
    refs += ["-".join(path + [s["commandName"]]) + " 1" for s in command.get("subcommands", [])]
    lines.append(".Sh SEE ALSO")
    lines += [".Xr " + ref + (" ," if i < len(refs) - 1 else "") for i, ref in enumerate(refs)]
    lines += [".Sh AUTHORS", "Spotcheck"]
    return "\n".join(lines) + "\n"


def walk(command, path, out, date, chinese):
    text = TEXT["zh" if chinese else "en"]
    (out / ("-".join(path) + ".1")).write_text(page(command, path, date, text, chinese), encoding="utf-8")
    for sub in command.get("subcommands", []):
        walk(sub, path + [sub["commandName"]], out, date, chinese)


def main():
    binary, out = sys.argv[1], Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    help = json.loads(subprocess.run([binary, "--experimental-dump-help"], check=True, capture_output=True).stdout)
    date = subprocess.run(["date", "+%B %-d, %Y"], check=True, capture_output=True, text=True,
                          env={"LC_ALL": "C"}).stdout.strip()
    walk(help["command"], ["spotcheck"], out, date, language() == "zh")


if __name__ == "__main__":
    main()
