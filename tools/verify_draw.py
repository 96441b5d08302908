#!/usr/bin/env python3
"""Independent verifier for Spotcheck draw records (spotcheck-draw/2 and /3).

Re-derives a whole draw record -- targets, blockers with their certificates, teams with roles and
order, shortfall and hashes -- from the revealed seed, the roster files and the policy, and
compares it with the record field by field. Written from docs/draw-algorithm.md and
docs/roster-format.md alone: the Python standard library, plus python-sat (`pip install
python-sat`) as the exact feasibility oracle. No code is shared with the Swift implementation.

Usage:
    verify_draw.py RECORD.json --seed-file SEED --roster DIR [--policy FILE]
                   [--commitment FILE] [--replacements FILE] [--print]
    verify_draw.py PUBLIC_RECORD_FOLDER [--print]
    verify_draw.py --chain PUBLIC_RECORDS_DIR [--head HASH]

A public record folder holds record.json, commitment.json, seed.hex, policy.txt, roster/, and
order.json (an ordered draw) and replacements.json (when replacements were made), which are
checked against the record and its seed. --chain checks the hash chain of a whole public records
folder (DIR/DATE/NAME/): every record, order and replacement linked to the one before it, each
folder's date, name, commitment.json, seed, roster and policy against its record; it prints the chain's head, and
with --head HASH (from the journal or a later day's commitment) the chain must end there. --policy takes a TOML policy file ([policy]
section) or a canonical policy text (spotcheck-policy/2); default: policy.toml in the roster
folder, else the built-in policy. --print prints the derived record in the canonical JSON of `spotcheck draw --json`.

Exit status (a stable contract; docs/verifying.md maps it to `spotcheck verify`'s):
  0  everything checked out (the record, the folder or the chain);
  1  the inputs were read and something does not check out: each difference, broken link or
     field of the wrong type is named;
  2  the check could not be made: an input cannot be opened or read (missing, not a regular
     file, not JSON, larger than 64 MiB, a damaged seed or hidden-slot file), the command line is
     wrong, or python-sat is missing. `spotcheck verify` says 64, 65 or 66 for these.
"""

import argparse
import datetime
import hashlib
import hmac
import json
import os
import re
import stat
import sys

ALGORITHM = "spotcheck-draw/3"
# Every algorithm this verifier recomputes; a record is recomputed under its own (use_algorithm).
KNOWN_ALGORITHMS = ("spotcheck-draw/2", "spotcheck-draw/3")
SNAPSHOT_FORMAT = "spotcheck-snapshot/2"
POLICY_FORMAT = "spotcheck-policy/2"


class InputProblem(Exception):
    pass


# --- Reading files (docs/draw-algorithm.md §7, "Files the verifiers read") -----------------------

MAX_FILE_BYTES = 64 << 20


def read_limited(path, limit=MAX_FILE_BYTES):
    """A file's bytes: only a regular file (a folder, FIFO or device is refused without reading or
    waiting), and at most `limit` bytes (a larger one is refused before it is read).
    FileNotFoundError passes through for optional files."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise
    except OSError as error:
        raise InputProblem(f"{path}: cannot be read: {error.strerror}")
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputProblem(f"{path}: not a regular file (a folder, FIFO or device is never read)")
        if info.st_size > limit:
            raise InputProblem(f"{path}: is larger than {size_text(limit)}; nothing was read")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                raise InputProblem(f"{path}: is larger than {size_text(limit)}; nothing was read")
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as error:
        raise InputProblem(f"{path}: cannot be read: {error.strerror}")
    finally:
        os.close(fd)


def size_text(limit):
    """A size limit as a reader says it: whole MiB, or bytes below one (a seed file's 4096)."""
    return f"{limit >> 20} MiB" if limit >= 1 << 20 else f"{limit} bytes"


class DuplicateKey(Exception):
    pass


def unique_pairs(pairs):
    seen = set()
    for key, _ in pairs:
        if key in seen:
            raise DuplicateKey(key)
        seen.add(key)
    return dict(pairs)


def strict_hex(text):
    """The bytes of hex digits (either case) and nothing else: no space or line break between them,
    as the Swift verifier reads them (bytes.fromhex alone would skip white space); ValueError else."""
    if not re.fullmatch(r"(?:[0-9a-fA-F]{2})*", text):
        raise ValueError("not hex digits")
    return bytes.fromhex(text)


def duplicate_key_problem(path, key):
    return f"{path}: the key \"{key}\" appears twice in one object; refused (each key once)"


def parse_json(data, path, what, **hooks):
    """JSON from a record file: refused, naming the file, when it is not UTF-8 JSON, when an object
    names a key twice (readers that keep the first or the last would disagree), or when it is
    nested too deeply to read (hooks: json.loads's parse_float and parse_constant, `strict_record`)."""
    try:
        return json.loads(data.decode("utf-8"), object_pairs_hook=unique_pairs, **hooks)
    except NotStrict as fault:
        raise InputProblem(f"{path}: not a {what}: {fault}")
    except DuplicateKey as duplicate:
        raise InputProblem(duplicate_key_problem(path, duplicate.args[0]))
    except RecursionError:
        raise InputProblem(f"{path}: not a readable {what}: nested too deeply")
    except (UnicodeDecodeError, ValueError) as error:
        raise InputProblem(f"{path}: not a readable {what}: {error}")


MAXIMUM_DEPTH = 100


class NotStrict(Exception):
    pass


def _no_fraction(_text):
    raise NotStrict("a number has a fraction or an exponent (every number of a record is a whole one)")


def _no_constant(text):
    raise ValueError(f"{text} is no JSON value")


def _whole_in_64_bits(text):
    """A whole number of a record: within -2^63 .. 2^63 - 1, as the Swift verifier reads it."""
    value = int(text) if len(text) <= 20 else None
    if value is None or not -2**63 <= value < 2**63:
        raise NotStrict("a number is beyond the range of a 64-bit whole number")
    return value


def strict_record(data, path, what):
    """record.json read as verify_publication.py reads manifest.json (and `spotcheck verify`
    reads both, Files.readRecordJSON): UTF-8, no byte order mark, no key twice in one object, no
    lone surrogate, whole numbers only (no fraction, exponent, NaN or Infinity) within 64 bits, no
    U+0000 in a string (told after a lone surrogate), nesting at most 100."""
    if data.startswith(b"\xef\xbb\xbf"):
        raise InputProblem(f"{path}: begins with a byte order mark (BOM); the published files are UTF-8 without one")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputProblem(f"{path}: not a {what}: not UTF-8 text")
    value = parse_json(data, path, what, parse_float=_no_fraction, parse_constant=_no_constant,
                       parse_int=_whole_in_64_bits)
    deepest, null, pending = 0, False, [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, str):
            if any(0xD800 <= ord(ch) <= 0xDFFF for ch in item):
                raise InputProblem(f"{path}: not a {what}: a string holds a lone surrogate")
            null = null or "\x00" in item
        elif isinstance(item, dict):
            deepest = max(deepest, depth)
            pending.extend((key, depth) for key in item)
            pending.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            deepest = max(deepest, depth)
            pending.extend((child, depth + 1) for child in item)
    if deepest > MAXIMUM_DEPTH:
        raise InputProblem(f"{path}: not a {what}: nested deeper than {MAXIMUM_DEPTH}")
    if null:
        raise InputProblem(f"{path}: not a {what}: a string holds the character U+0000")
    return value


def read_json_file(path, what, strict=False):
    """(bytes, JSON) of a record file, read as `read_limited` and `parse_json` do (record.json,
    strict: as `strict_record`)."""
    try:
        data = read_limited(path)
    except FileNotFoundError:
        raise InputProblem(f"{path}: no such file")
    return data, (strict_record if strict else parse_json)(data, path, what)


def byte_key(text):
    return text.encode("utf-8")


# --- CSV (docs/roster-format.md, "CSV grammar") ------------------------------------------------

def parse_csv(data, name):
    """Rows of field values, by the grammar of docs/roster-format.md."""
    index = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    n = len(data)
    rows = []
    fields = []
    any_quoted = False
    line = 1

    def is_eol(at):
        return data[at] == 0x0A or (data[at] == 0x0D and at + 1 < n and data[at + 1] == 0x0A)

    def value(raw):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise InputProblem(f"{name}:{line}: field {len(fields) + 1} is not valid UTF-8")
        return text.strip(" \t\r\n")

    def finish_row():
        nonlocal fields, any_quoted
        if any_quoted or len(fields) > 1 or fields[0] != "":
            rows.append(fields)
        fields = []
        any_quoted = False

    while index < n:
        probe = index
        while probe < n and data[probe] in (0x20, 0x09):
            probe += 1
        raw = bytearray()
        if probe < n and data[probe] == 0x22:
            any_quoted = True
            index = probe + 1
            closed = False
            while index < n:
                byte = data[index]
                if byte == 0x22:
                    if index + 1 < n and data[index + 1] == 0x22:
                        raw.append(0x22)
                        index += 2
                        continue
                    closed = True
                    index += 1
                    break
                if byte == 0x0A:
                    line += 1
                raw.append(byte)
                index += 1
            if not closed:
                raise InputProblem(f"{name}:{line}: a quoted field is never closed")
            while index < n and data[index] != 0x2C and not is_eol(index):
                if data[index] not in (0x20, 0x09):
                    raise InputProblem(f"{name}:{line}: text after the closing quote of a quoted field")
                index += 1
        else:
            while index < n and data[index] != 0x2C and not is_eol(index):
                if data[index] == 0x22:
                    raise InputProblem(f"{name}:{line}: a quote inside an unquoted field")
                raw.append(data[index])
                index += 1
        fields.append(value(bytes(raw)))
        if index < n and data[index] == 0x2C:
            index += 1
            if index == n:
                fields.append("")
                finish_row()
        else:
            finish_row()
            if index < n:
                index += 2 if data[index] == 0x0D else 1
                line += 1
    return rows


def read_table(path, columns, required=True, alternatives=None, optional=()):
    """The rows of a CSV file as dicts; the header must name exactly the columns (any order),
    and may name the optional ones too."""
    try:
        data = read_limited(path)
    except FileNotFoundError:
        if required:
            raise InputProblem(f"{path}: no such file")
        return None
    except OSError as error:
        raise InputProblem(f"{path}: {error}")
    rows = parse_csv(data, path)
    if not rows:
        raise InputProblem(f"{path}: the file is empty; it needs a header row")
    header = rows[0]
    if len(set(header)) != len(header):
        raise InputProblem(f"{path}: a column appears twice in the header")
    wanted = set(columns)
    for original, replacement in (alternatives or {}).items():
        if replacement in header and original not in header:
            wanted = (wanted - {original}) | {replacement}
    if set(header) - set(optional) != wanted:
        raise InputProblem(f"{path}: the header must be {','.join(sorted(wanted))}")
    out = []
    for row in rows[1:]:
        if len(row) != len(header):
            raise InputProblem(f"{path}: a row has {len(row)} fields, the header has {len(header)}")
        out.append(dict(zip(header, row)))
    return out


# --- Roster -------------------------------------------------------------------------------------

def items(text):
    """A ';'-separated list: items trimmed of spaces, tabs, CR and LF; empty items dropped."""
    return [item.strip(" \t\r\n") for item in text.split(";") if item.strip(" \t\r\n")]


def parse_day(text, where):
    try:
        if len(text) != 10:
            raise ValueError
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise InputProblem(f"{where}: '{text}' is not a date YYYY-MM-DD")


def load_roster(folder):
    folder = folder.rstrip("/")
    departments = {}
    # contacts (logins for the problem ledger) play no part in a draw.
    for row in read_table(f"{folder}/departments.csv",
                          ["id", "name", "weight", "powers", "required_skills", "pools"],
                          optional=("contacts", "address", "active")):
        if row["id"] in departments:
            raise InputProblem(f"{folder}/departments.csv: department {row['id']} is defined twice")
        try:
            weight = int(row["weight"]) if row["weight"] else None
        except ValueError:
            raise InputProblem(f"{folder}/departments.csv: weight '{row['weight']}' is not a whole number")
        departments[row["id"]] = {
            "id": row["id"], "name": row["name"], "weight": weight, "powers": items(row["powers"]),
            "skills": items(row["required_skills"]), "pools": items(row["pools"]),
            "active": active_flag(row, f"{folder}/departments.csv: {row['id']}"),
            "address": row.get("address", ""),
        }
    inspectors = {}
    # A folder published since snapshot grammar 3 carries no logins and salted reason commitments.
    grammar = published_grammar(folder)
    columns = ["id", "name", "login", "home", "former", "skills", "can_lead", "unavailable", "daily_cap"]
    if grammar == 3:
        columns.remove("login")
    for row in read_table(f"{folder}/inspectors.csv", columns,
                          optional=("active", "login") if grammar == 3 else ("active",)):
        where = f"{folder}/inspectors.csv: {row['id']}"
        if row["id"] in inspectors:
            raise InputProblem(f"{where}: defined twice")
        unavailable = set()
        for item in items(row["unavailable"]):
            if ".." in item:
                start_text, end_text = item.split("..", 1)
                start, end = parse_day(start_text, where), parse_day(end_text, where)
                while start <= end:
                    unavailable.add(start)
                    start += datetime.timedelta(days=1)
            else:
                unavailable.add(parse_day(item, where))
        former = []
        for item in items(row["former"]):
            if item.count("@") != 1:
                raise InputProblem(f"{where}: former post '{item}' is not DEPARTMENT@YYYY-MM-DD")
            department, left = item.split("@")
            former.append((department, parse_day(left, where)))
        try:
            cap = int(row["daily_cap"]) if row["daily_cap"] else 1
        except ValueError:
            raise InputProblem(f"{where}: daily_cap '{row['daily_cap']}' is not a whole number")
        inspectors[row["id"]] = {
            "id": row["id"], "name": row["name"], "login": row.get("login", ""), "home": row["home"],
            "former": former, "skills": items(row["skills"]),
            "lead": row["can_lead"].lower() in ("yes", "true", "1", "y"),
            "unavailable": unavailable, "cap": cap, "active": active_flag(row, where),
        }
    conflicts = []
    alternatives = {"reason": "reason_commitment" if grammar == 3 else "reason_sha256"}
    for row in read_table(f"{folder}/conflicts.csv", ["inspector", "department", "reason", "until"],
                          required=False, alternatives=alternatives) or []:
        if grammar == 3:
            reason_hash = reason_commitment(row, folder)
        elif "reason" in row:
            reason_hash = hashlib.sha256(row["reason"].encode("utf-8")).hexdigest()
        else:
            reason_hash = row["reason_sha256"].lower()
            if len(reason_hash) != 64 or any(c not in "0123456789abcdef" for c in reason_hash):
                raise InputProblem(f"{folder}/conflicts.csv: reason_sha256 '{reason_hash}' is not 64 hex digits")
        conflicts.append({
            "inspector": row["inspector"], "department": row["department"], "reason_hash": reason_hash,
            "until": parse_day(row["until"], f"{folder}/conflicts.csv") if row["until"] else None,
        })
    history = []
    for row in read_table(f"{folder}/history.csv", ["date", "inspector", "department"], required=False) or []:
        history.append((parse_day(row["date"], f"{folder}/history.csv"), row["inspector"], row["department"]))
    return {"departments": departments, "inspectors": inspectors, "conflicts": conflicts, "history": history,
            "grammar": grammar}


def published_grammar(folder):
    """3 when conflicts.csv names the column `reason_commitment` (a folder published since snapshot
    grammar 3, docs/draw-algorithm.md §1), otherwise 2."""
    try:
        data = read_limited(f"{folder}/conflicts.csv")
    except FileNotFoundError:
        return 2
    rows = parse_csv(data, f"{folder}/conflicts.csv")
    return 3 if rows and "reason_commitment" in rows[0] else 2


def open_salted(where, row, commit):
    """Opens one row of a private salts file (a salt, a reason and the reason_commitment they must
    give): returns (the commitment the row's salt and reason give, or None when the salt is not
    32 bytes in hex; the problem found, naming `where`, or None)."""
    try:
        salt = strict_hex(row["salt"])
    except ValueError:
        salt = b""
    if len(salt) != 32:
        return None, f"{where}: salt is not 64 hex digits"
    value = commit(salt, row["reason"])
    if value != row["reason_commitment"].lower():
        return value, f"{where}: the salt and reason give {value}, the file says {row['reason_commitment']}"
    return value, None


def conflict_opening_problems(roster, path):
    """Auditors with the daemon's private salts (STATE/private/conflict-salts.csv:
    inspector,department,reason,salt,reason_commitment) check that every published reason
    commitment opens to a declared reason: each published conflict must be opened by a row."""
    problems = []
    openings = {}
    for row in read_table(path, ["inspector", "department", "reason", "salt", "reason_commitment"]):
        value, problem = open_salted(f"{path}: {row['inspector']},{row['department']}", row, conflict_commitment)
        if problem:
            problems.append(problem)
        if value is None:
            continue
        openings.setdefault((row["inspector"], row["department"]), set()).add(value)
    if roster.get("grammar", 2) != 3:
        problems.append("conflicts.csv: the roster publishes no reason commitments (snapshot grammar 2)")
        return problems
    for c in roster["conflicts"]:
        if c["reason_hash"] not in openings.get((c["inspector"], c["department"]), set()):
            problems.append(f"conflicts.csv {c['inspector']},{c['department']}: reason_commitment {c['reason_hash']} "
                            f"is opened by no row of {path}")
    return problems


def reason_commitment(row, folder):
    value = row["reason_commitment"].lower()
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise InputProblem(f"{folder}/conflicts.csv: reason_commitment '{value}' is not 64 hex digits")
    return value


def conflict_commitment(salt, reason):
    """SHA-256("spotcheck/v3/conflict-reason\\n" + hex(salt) + "\\n" + reason), lowercase hex."""
    data = b"spotcheck/v3/conflict-reason\n" + salt.hex().encode("ascii") + b"\n" + reason.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def active_flag(row, where):
    """The optional `active` column: blank or yes = active, no = retired or closed."""
    value = row.get("active", "").lower()
    if value in ("", "yes", "true", "1", "y"):
        return True
    if value in ("no", "false", "0", "n"):
        return False
    raise InputProblem(f"{where}: active '{row['active']}' is not yes or no")


def inactive_lines(roster, line):
    """The `closed`, `retired` and `address` lines of the canonical text (docs/draw-algorithm.md
    §1), after the inspectors: none when every department and inspector is active and no
    department has an address."""
    out = [line(["closed", d]) for d in sorted(roster["departments"], key=byte_key)
           if not roster["departments"][d]["active"]]
    out += [line(["retired", i]) for i in sorted(roster["inspectors"], key=byte_key)
            if not roster["inspectors"][i]["active"]]
    out += [line(["address", d, roster["departments"][d]["address"]])
            for d in sorted(roster["departments"], key=byte_key) if roster["departments"][d]["address"]]
    return out


SEED_DERIVED_NOT_CHECKED = ("snapshotHash: not checked, nor the salts: the roster's snapshot hash and the salts come "
                            "from the seed, and this seed is not the one the record commits to (seedCommitment)")


SEED_NOT_COMMITTED_NOT_CHECKED = (
    "snapshotHash: not checked, nor the salts: the roster's snapshot hash and the salts come from the seed, and "
    "this seed is not the one commitment.json commits to (seedCommitment)")
ROSTER_OR_SEED = ("the roster or the seed is not the one the draw was made on (the snapshot is salted with the "
                  "seed)")


def snapshot_salt(seed):
    """The salt of a draw's snapshot text: HMAC(seed, "spotcheck/v2/snapshot-salt")."""
    return hmac.new(seed, b"spotcheck/v2/snapshot-salt", hashlib.sha256).digest()


def snapshot_hash(roster, seed):
    """The snapshot hash a draw with this seed commits to (docs/draw-algorithm.md §1)."""
    return hashlib.sha256(canonical_snapshot(roster, snapshot_salt(seed))).hexdigest()


def canonical_snapshot(roster, salt=None):
    """The canonical text of docs/draw-algorithm.md §1, as bytes; with `salt`, a draw's salted text."""
    def escape(field):
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")

    def line(fields):
        return ("\t".join(escape(field) for field in fields) + "\n").encode("utf-8")

    def as_set(values):
        return ",".join(sorted(set(values), key=byte_key))

    def ranges(days):
        out = []
        for day in sorted(days):
            if out and day <= out[-1][1] + datetime.timedelta(days=1):
                out[-1][1] = max(out[-1][1], day)
            else:
                out.append([day, day])
        return ",".join(f"{a.isoformat()}..{b.isoformat()}" for a, b in out)

    grammar = roster.get("grammar", 2)
    lines = [(f"spotcheck-snapshot/{grammar}\n").encode("utf-8")]
    if salt is not None:
        lines.append(line(["salt", salt.hex()]))
    for key in sorted(roster["departments"], key=byte_key):
        d = roster["departments"][key]
        lines.append(line(["department", d["id"], d["name"], "" if d["weight"] is None else str(d["weight"]),
                           as_set(d["powers"]), as_set(d["skills"]), as_set(d["pools"])]))
    for key in sorted(roster["inspectors"], key=byte_key):
        i = roster["inspectors"][key]
        login = [] if grammar == 3 else [i["login"]]
        lines.append(line(["inspector", i["id"], i["name"]] + login + [i["home"],
                           as_set(f"{d}:{left.isoformat()}" for d, left in i["former"]),
                           as_set(i["skills"]), "1" if i["lead"] else "0", ranges(i["unavailable"]),
                           str(i["cap"])]))
    lines += inactive_lines(roster, line)
    lines += sorted(line(["conflict", c["inspector"], c["department"], c["reason_hash"],
                          c["until"].isoformat() if c["until"] else ""]) for c in roster["conflicts"])
    lines += sorted(line(["assignment", d.isoformat(), i, dep]) for d, i, dep in roster["history"])
    return b"".join(lines)


# --- Policy -------------------------------------------------------------------------------------

POLICY_KEYS = [
    # key, record field, kind, default, lowest, highest (as a policy file accepts)
    ("targets_per_draw", "targetsPerDraw", "int", 5, 1, 100000),
    ("team_size", "teamSize", "int", 3, 1, 32),
    ("lead_required", "leadRequired", "bool", True, None, None),
    ("min_home_departments", "minHomeDepartments", "int", 2, 1, 32),
    ("former_department_window_days", "formerDepartmentWindowDays", "int", 730, 0, 36500),
    ("rotation_window_days", "rotationWindowDays", "int", 180, 0, 36500),
    ("cooldown_days", "cooldownDays", "int", 30, 0, 36500),
    ("reciprocal_ban", "reciprocalBan", "bool", True, None, None),
    ("base_weight", "baseWeight", "int", 1, 0, 1000000),
    ("power_weights.approval", "approval", "int", 2, 0, 1000000),
    ("power_weights.enforcement", "enforcement", "int", 2, 0, 1000000),
    ("power_weights.fund-allocation", "fundAllocation", "int", 2, 0, 1000000),
]


def policy_text(policy):
    lines = [POLICY_FORMAT]
    for key, _, kind, _, _, _ in POLICY_KEYS:
        value = policy[key]
        lines.append(f"{key}\t{('true' if value else 'false') if kind == 'bool' else value}")
    lines += composition_lines(policy)
    return ("\n".join(lines) + "\n").encode("utf-8")


def check_policy_value(policy, key, kind, low, high, where):
    value = policy[key]
    if kind == "bool":
        if not isinstance(value, bool):
            raise InputProblem(f"{where}: {key} must be true or false")
    else:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise InputProblem(f"{where}: {key} must be a whole number from {low} to {high}")


def load_policy(path):
    try:
        data = read_limited(path)
    except OSError as error:
        raise InputProblem(f"{path}: {error}")
    policy = {key: default for key, _, _, default, _, _ in POLICY_KEYS}
    policy["lead_from"], policy["member_from"] = [], []
    if data.startswith((POLICY_FORMAT + "\n").encode()):
        lines = data.decode("utf-8").split("\n")
        if lines[-1] == "" and len(lines) > len(POLICY_KEYS) + 2:
            parse_composition_lines(lines[len(POLICY_KEYS) + 1:-1], len(POLICY_KEYS) + 2, policy, path)
            lines = lines[:len(POLICY_KEYS) + 1] + [""]
        if lines[-1] != "" or len(lines) != len(POLICY_KEYS) + 2:
            raise InputProblem(f"{path}: not a canonical policy text")
        for number, (text, spec) in enumerate(zip(lines[1:-1], POLICY_KEYS), start=2):
            key, _, kind, _, _, _ = spec
            parts = text.split("\t")
            if len(parts) != 2 or parts[0] != key:
                raise InputProblem(f"{path}:{number}: expected '{key}<TAB>value'")
            value = parts[1]
            if kind == "bool":
                if value not in ("true", "false"):
                    raise InputProblem(f"{path}:{number}: {key} must be true or false")
                policy[key] = value == "true"
            else:
                if not value.isdigit() or not value.isascii() or (len(value) > 1 and value[0] == "0") \
                        or len(value) > 9:
                    raise InputProblem(f"{path}:{number}: {key} must be a whole number")
                policy[key] = int(value)
        for key, _, kind, _, _, _ in POLICY_KEYS:
            if kind == "int" and policy[key] > 1000000:
                raise InputProblem(f"{path}: {key} is out of range")
    else:
        import tomllib
        try:
            document = tomllib.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise InputProblem(f"{path}: not TOML: {error}")
        unknown = set(document) - {"policy"}
        if unknown:
            raise InputProblem(f"{path}: unknown key {sorted(unknown)[0]}")
        section = document.get("policy")
        if not isinstance(section, dict):
            raise InputProblem(f"{path}: there is no [policy] section")
        weights = section.get("power_weights", {})
        if not isinstance(weights, dict):
            raise InputProblem(f"{path}: policy.power_weights must be a table")
        if "search_budget" in section:
            raise InputProblem(f"{path}: policy.search_budget is no longer a policy key; delete it")
        for name in section:
            if name != "power_weights" and name not in policy:
                raise InputProblem(f"{path}: unknown key policy.{name}")
        for name in weights:
            if f"power_weights.{name}" not in policy:
                raise InputProblem(f"{path}: unknown key policy.power_weights.{name}")
        for key, _, kind, _, low, high in POLICY_KEYS:
            table, name = (weights, key.split(".", 1)[1]) if key.startswith("power_weights.") else (section, key)
            if name in table:
                policy[key] = table[name]
                check_policy_value(policy, key, kind, low, high, path)
        load_composition(section, policy, path)
    if policy["min_home_departments"] > policy["team_size"] or policy["team_size"] > 32 \
            or policy["team_size"] < 1 or policy["targets_per_draw"] < 1 or policy["min_home_departments"] < 1:
        raise InputProblem(f"{path}: the policy is not usable (team_size 1-32, min_home_departments 1-team_size, "
                           f"targets_per_draw at least 1)")
    if policy["lead_from"] and not policy["lead_required"]:
        raise InputProblem(f"{path}: lead_from needs lead_required = true")
    return policy


def policy_json(policy):
    out = {}
    for key, field, _, _, _, _ in POLICY_KEYS:
        if key.startswith("power_weights."):
            out.setdefault("powerWeights", {})[field] = policy[key]
        else:
            out[field] = policy[key]
    if policy.get("lead_from") or policy.get("member_from"):
        out["composition"] = {"leadFrom": policy["lead_from"], "memberFrom": policy["member_from"]}
    return out


# --- Team composition (lead_from, member_from) ---------------------------------------------------

COMPOSITION_PREFIX = ";member_from:"


def composition_lines(policy):
    """The lines the composition rule adds to the canonical policy text (none without a rule)."""
    lines = []
    if policy.get("lead_from"):
        lines.append("lead_from\t" + " ".join(policy["lead_from"]))
    for group in policy.get("member_from", []):
        lines.append("member_from\t" + " ".join(group))
    return lines


def normalized_ids(ids):
    return sorted(set(ids), key=byte_key)


def parse_composition_lines(lines, first, policy, path):
    for offset, text in enumerate(lines):
        number = first + offset
        parts = text.split("\t")
        if len(parts) != 2 or parts[0] not in ("lead_from", "member_from"):
            raise InputProblem(f"{path}:{number}: expected 'lead_from<TAB>ids' or 'member_from<TAB>ids'")
        ids = parts[1].split(" ")
        if "" in ids or ids != normalized_ids(ids):
            raise InputProblem(f"{path}:{number}: ids must be distinct, sorted and separated by one space")
        if parts[0] == "lead_from":
            if offset != 0:
                raise InputProblem(f"{path}:{number}: lead_from must come first, once")
            policy["lead_from"] = ids
        else:
            policy["member_from"].append(ids)


def load_composition(section, policy, path):
    """lead_from = "ID ID"; member_from = "ID ID" or ["ID ID", ...] in a TOML [policy] table."""
    if "lead_from" in section:
        if not isinstance(section["lead_from"], str) or not section["lead_from"].split():
            raise InputProblem(f"{path}: policy.lead_from must be a string of department ids")
        policy["lead_from"] = normalized_ids(section["lead_from"].split())
    if "member_from" in section:
        value = section["member_from"]
        groups = [value] if isinstance(value, str) else value
        if not isinstance(groups, list) or not groups or not all(isinstance(g, str) and g.split() for g in groups):
            raise InputProblem(f"{path}: policy.member_from must be a string of department ids or an array of them")
        policy["member_from"] = [normalized_ids(g.split()) for g in groups]


def edit_distance(a, b):
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a):
        current = [i + 1] + [0] * len(b)
        for j, y in enumerate(b):
            current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x != y))
        previous = current
    return previous[len(b)]


def nearest_department(name, known):
    """The roster id closest to a mistyped one (ignoring case), when at most a third of it differs."""
    best = None
    for candidate in known:
        distance = edit_distance(name.lower(), candidate.lower())
        if best is None or distance < best[1]:
            best = (candidate, distance)
    if best is None or best[1] > max(1, len(name) // 3):
        return None
    return best[0]


def composition_roster_problems(policy, roster):
    """lead_from / member_from ids that name no department of the roster: under such a rule no
    team can be staffed, so every draw would inspect nobody and still reproduce."""
    known = list(roster["departments"])
    problems, seen = [], set()
    named = [("lead_from", i) for i in policy.get("lead_from") or []] + \
        [("member_from", i) for group in policy.get("member_from") or [] for i in group]
    for key, name in named:
        if name in roster["departments"] or (key, name) in seen:
            continue
        seen.add((key, name))
        near = nearest_department(name, known)
        hint = f" (did you mean '{near}'?)" if near else ""
        problems.append(f"policy.{key}: {key} names '{name}', which is no department id of the roster{hint}: "
                        "a draw would silently leave it out, and with no id of the key left every draw inspects nobody")
    return problems


VISIT_FILE = "visit.txt"


def visit_mode(folder):
    """The visit mode a public draw folder states in visit.txt (open or covert), or None."""
    path = os.path.join(folder, VISIT_FILE)
    try:
        with open(path, "rb") as handle:
            data = handle.read(65)
    except OSError:
        return None
    return data[:-1].decode() if data in (b"open\n", b"covert\n") else None


def visit_problems(folder):
    """visit.txt, when present, is exactly 'open' or 'covert' and a newline (fixed at commitment);
    a folder without it was published before visit modes were public."""
    if folder is None:
        return []
    path = os.path.join(folder, VISIT_FILE)
    if not os.path.lexists(path):
        return []
    if os.path.islink(path) or not os.path.isfile(path):
        return [f"{VISIT_FILE}: not a regular file (it must hold open or covert)"]
    if visit_mode(folder) is None:
        return [f"{VISIT_FILE}: must be exactly 'open' or 'covert' and a newline (the visit mode fixed at commitment)"]
    return []


def visit_record_problems(folder, record):
    """visit.txt against the visit mode the record (and so its commitment) binds: a record with
    `visit` needs a visit.txt stating exactly that mode; a record without it was committed before
    commitments bound the mode, and its visit.txt is checked alone (visit_problems)."""
    bound = record.get("visit")
    if bound is None:
        return []
    if bound not in ("open", "covert"):
        return [f"visit: {show(bound)} is not a visit mode (open or covert)"]
    if folder is None or visit_problems(folder):
        return []
    stated = visit_mode(folder)
    if stated is None:
        return [f"{VISIT_FILE}: missing (the record's commitment binds the visit mode '{bound}')"]
    if stated != bound:
        return [f"{VISIT_FILE}: says '{stated}', the record's commitment binds visit '{bound}'"]
    return []


def bind_visit(record, derived):
    """A derived record carries the visit mode its commitment binds, as taken from the record (the
    mode is an input of the draw like previousRecordHash, bound by the hash, not derived)."""
    if derived is not None and record.get("visit") in ("open", "covert"):
        derived["visit"] = record["visit"]
    return derived


def print_visit(folder):
    mode = visit_mode(folder) if folder else None
    if mode == "covert":
        print("visit: covert (暗访): the department was not told in advance")
    elif mode == "open":
        print("visit: open (明察)")


def group_listed(skill):
    return ", ".join(skill[len(COMPOSITION_PREFIX):].split(" "))


def apply_composition(context):
    """Reads the roster through the composition rule: only inspectors from lead_from may lead,
    and each member_from group is a skill every department requires, held by its members' staff."""
    policy = context.policy
    lead_from = policy.get("lead_from") or []
    groups = policy.get("member_from") or []
    if not lead_from and not groups:
        return
    names = [COMPOSITION_PREFIX + " ".join(group) for group in groups]
    context.insp = {
        key: dict(person,
                  lead=person["lead"] and (not lead_from or person["home"] in lead_from),
                  skills=list(person["skills"]) + [n for n, g in zip(names, groups) if person["home"] in g])
        for key, person in context.insp.items()}
    context.dept = {key: dict(d, skills=list(d["skills"]) + names) for key, d in context.dept.items()}


# --- The draw's context --------------------------------------------------------------------------

class Context:
    """The roster indexed for one date and policy (docs/draw-algorithm.md §2 and §4)."""

    def __init__(self, roster, policy, date, day_reciprocal=True):
        """`day_reciprocal`: whether the reciprocal ban reaches the day so far (apply_day_reciprocal,
        under an algorithm that has it); the replacement rule asks without it whom it passes over."""
        self.policy = policy
        self.date = date
        self.departments = sorted(roster["departments"], key=byte_key)
        self.inspectors = sorted(roster["inspectors"], key=byte_key)
        self.dept = roster["departments"]
        self.insp = roster["inspectors"]
        same_day = {}
        last_inspected = {}
        last_visit = {}
        for when, inspector, department in roster["history"]:
            if when == date:
                same_day[inspector] = same_day.get(inspector, 0) + 1
            if when < date:
                if department not in last_inspected or last_inspected[department] < when:
                    last_inspected[department] = when
                key = (inspector, department)
                if key not in last_visit or last_visit[key] < when:
                    last_visit[key] = when
        self.last_inspected = last_inspected
        self.capacity = {}
        self.personal = {}
        for i in self.inspectors:
            person = self.insp[i]
            if not person["active"]:
                self.capacity[i] = 0
                self.personal[i] = "retired"
            elif date in person["unavailable"]:
                self.capacity[i] = 0
                self.personal[i] = "unavailable"
            elif same_day.get(i, 0) >= person["cap"]:
                self.capacity[i] = 0
                self.personal[i] = "daily-cap"
            else:
                self.capacity[i] = person["cap"] - same_day.get(i, 0)
        # Static exclusions: (inspector, department) -> codes in the documented order.
        excluded = {}

        def add(i, d, code):
            excluded.setdefault((i, d), []).append(code)

        day = datetime.timedelta(days=1)
        for i in self.inspectors:
            person = self.insp[i]
            if person["home"] in self.dept:
                add(i, person["home"], "own-department")
            for department, left in person["former"]:
                if department in self.dept and date <= left + (policy["former_department_window_days"] - 1) * day:
                    add(i, department, "former-department")
        for c in roster["conflicts"]:
            if c["inspector"] in self.insp and c["department"] in self.dept:
                if c["until"] is None or c["until"] >= date:
                    add(c["inspector"], c["department"], "declared-conflict")
        for (i, department), when in last_visit.items():
            if i in self.insp and department in self.dept:
                if date <= when + (policy["rotation_window_days"] - 1) * day:
                    add(i, department, "rotation")
        self.excluded = excluded
        if day_reciprocal:
            apply_day_reciprocal(self, roster)
        self.available = [i for i in self.inspectors if self.capacity[i] > 0]
        self._candidates = {}
        apply_composition(self)

    def eligible(self, i, d):
        return self.capacity[i] > 0 and (i, d) not in self.excluded

    def candidates(self, d):
        """The inspectors eligible for d, in id order."""
        if d not in self._candidates:
            self._candidates[d] = [i for i in self.available if (i, d) not in self.excluded]
        return self._candidates[d]

    def reasons(self, i, d):
        codes = list(self.excluded.get((i, d), []))
        if i in self.personal:
            codes.append(self.personal[i])
        return codes

    def weight(self, d):
        department = self.dept[d]
        if department["weight"] is not None:
            return department["weight"]
        return self.policy["base_weight"] + sum(self.policy[f"power_weights.{p}"] for p in set(department["powers"]))


def use_algorithm(name):
    """Recompute records of `name` (one of KNOWN_ALGORITHMS): derive() writes it and Context
    applies its rules."""
    global ALGORITHM
    if name in KNOWN_ALGORITHMS:
        ALGORITHM = name


def apply_day_reciprocal(context, roster):
    """spotcheck-draw/3 (docs/draw-algorithm.md §2, `reciprocal`): with the reciprocal ban, when
    history dated the draw's day (the day so far) sends an inspector whose home is t to h (h ≠ t),
    every inspector whose home is h is kept from t, after their other static reasons."""
    if ALGORITHM == "spotcheck-draw/2" or not context.policy["reciprocal_ban"]:
        return
    blocked = set()
    for when, inspector, department in roster["history"]:
        if when != context.date or inspector not in context.insp or department not in context.dept:
            continue
        home = context.insp[inspector]["home"]
        if home in context.dept and home != department:
            blocked.add((department, home))
    for h, t in sorted(blocked):
        for i in context.inspectors:
            if context.insp[i]["home"] == h:
                context.excluded.setdefault((i, t), []).append("reciprocal")


# --- Feasibility (python-sat) --------------------------------------------------------------------

class Staffing:
    """A SAT model of staffing a list of targets (docs/draw-algorithm.md §4), asked under
    assumptions "inspector i is in team(t)"."""

    def __init__(self, context, targets, reciprocal=None):
        from pysat.card import CardEnc, EncType
        from pysat.formula import IDPool
        from pysat.solvers import Solver

        self.context = context
        self.targets = targets
        policy = context.policy
        reciprocal = policy["reciprocal_ban"] if reciprocal is None else reciprocal
        pool = IDPool()
        clauses = []
        self.x = {}
        self.infeasible = False
        size = policy["team_size"]
        for t in targets:
            for i in context.candidates(t):
                self.x[(i, t)] = pool.id(("x", i, t))

        def card(literals, bound, kind):
            if kind == "atmost":
                if len(literals) <= bound:
                    return
                encoded = CardEnc.atmost(literals, bound=bound, vpool=pool, encoding=EncType.seqcounter)
            elif kind == "atleast":
                if bound <= 0:
                    return
                if len(literals) < bound:
                    self.infeasible = True
                    return
                encoded = CardEnc.atleast(literals, bound=bound, vpool=pool, encoding=EncType.seqcounter)
            else:
                if len(literals) < bound:
                    self.infeasible = True
                    return
                encoded = CardEnc.equals(literals, bound=bound, vpool=pool, encoding=EncType.seqcounter)
            clauses.extend(encoded.clauses)

        for t in targets:
            members = [self.x[(i, t)] for i in context.candidates(t)]
            card(members, size, "equals")
            if policy["lead_required"]:
                leads = [self.x[(i, t)] for i in context.candidates(t) if context.insp[i]["lead"]]
                if not leads:
                    self.infeasible = True
                clauses.append(leads)
            for skill in set(context.dept[t]["skills"]):
                holders = [self.x[(i, t)] for i in context.candidates(t) if skill in context.insp[i]["skills"]]
                if not holders:
                    self.infeasible = True
                clauses.append(holders)
            if policy["min_home_departments"] > 1:
                homes = {}
                for i in context.candidates(t):
                    homes.setdefault(context.insp[i]["home"], []).append(self.x[(i, t)])
                flags = []
                for home, literals in sorted(homes.items()):
                    flag = pool.id(("home", t, home))
                    flags.append(flag)
                    clauses.append([-flag] + literals)
                card(flags, policy["min_home_departments"], "atleast")
        per_inspector = {}
        for (i, t), literal in self.x.items():
            per_inspector.setdefault(i, []).append(literal)
        for i, literals in per_inspector.items():
            card(literals, context.capacity[i], "atmost")
        if reciprocal:
            # sends[(a, b)]: team(a) has a member whose home is b.
            sends = {}
            for a in targets:
                for b in targets:
                    if a == b:
                        continue
                    literals = [self.x[(i, a)] for i in context.candidates(a) if context.insp[i]["home"] == b]
                    if literals:
                        flag = pool.id(("sends", a, b))
                        sends[(a, b)] = flag
                        for literal in literals:
                            clauses.append([-literal, flag])
            for (a, b), flag in sends.items():
                if (b, a) in sends and byte_key(a) < byte_key(b):
                    clauses.append([-flag, -sends[(b, a)]])
        self.solver = Solver(name="m22", bootstrap_with=clauses)
        self.model = None

    def solve(self, fixed=()):
        if self.infeasible:
            return False
        assumptions = []
        for i, t in fixed:
            if (i, t) not in self.x:
                return False
            assumptions.append(self.x[(i, t)])
        if self.solver.solve(assumptions=assumptions):
            self.model = set(literal for literal in self.solver.get_model() if literal > 0)
            return True
        return False

    def in_model(self, i, t):
        return self.model is not None and (i, t) in self.x and self.x[(i, t)] in self.model

    def teams(self):
        """The staffing of the last model."""
        return {t: [i for i in self.context.candidates(t) if self.x[(i, t)] in self.model] for t in self.targets}

    def close(self):
        self.solver.delete()


def staffing_valid(context, teams, reciprocal):
    """Whether `teams` (target -> members) is a staffing: every rule of §4, checked directly."""
    policy = context.policy
    load = {}
    for t, members in teams.items():
        if len(members) != policy["team_size"] or len(set(members)) != len(members):
            return False
        for i in members:
            if not context.eligible(i, t):
                return False
            load[i] = load.get(i, 0) + 1
        if policy["lead_required"] and not any(context.insp[i]["lead"] for i in members):
            return False
        for skill in context.dept[t]["skills"]:
            if not any(skill in context.insp[i]["skills"] for i in members):
                return False
        if len({context.insp[i]["home"] for i in members}) < policy["min_home_departments"]:
            return False
    if any(count > context.capacity[i] for i, count in load.items()):
        return False
    if reciprocal:
        sends = set()
        for t, members in teams.items():
            for i in members:
                home = context.insp[i]["home"]
                if home != t and home in teams:
                    sends.add((t, home))
        if any((b, a) in sends for a, b in sends):
            return False
    return True


def extend_greedily(context, teams, candidate, reciprocal):
    """A team for `candidate` from the capacity `teams` leave, found greedily, such that the whole is
    a staffing; None when this quick attempt fails (which proves nothing)."""
    policy = context.policy
    load = {}
    for members in teams.values():
        for i in members:
            load[i] = load.get(i, 0) + 1
    barred = set()
    if reciprocal:
        for t, members in teams.items():
            if any(context.insp[i]["home"] == candidate for i in members):
                barred.add(t)
    usable = [i for i in context.candidates(candidate)
              if load.get(i, 0) < context.capacity[i] and context.insp[i]["home"] not in barred]
    team = []
    homes = set()

    def add(i):
        team.append(i)
        homes.add(context.insp[i]["home"])

    if policy["lead_required"]:
        lead = next((i for i in usable if context.insp[i]["lead"]), None)
        if lead is None:
            return None
        add(lead)
    required = set(context.dept[candidate]["skills"])
    for skill in sorted(required, key=byte_key):
        if any(skill in context.insp[i]["skills"] for i in team):
            continue
        holder = next((i for i in usable if i not in team and skill in context.insp[i]["skills"]), None)
        if holder is None or len(team) == policy["team_size"]:
            return None
        add(holder)
    while len(team) < policy["team_size"]:
        need_home = len(homes) < policy["min_home_departments"]

        def fits(i, plain):
            if i in team or (need_home and context.insp[i]["home"] in homes):
                return False
            return not plain or (not context.insp[i]["lead"] and not required & set(context.insp[i]["skills"]))

        chosen = next((i for i in usable if fits(i, True)), None) or next((i for i in usable if fits(i, False)), None)
        if chosen is None:
            return None
        add(chosen)
    extended = dict(teams)
    extended[candidate] = team
    return team if staffing_valid(context, extended, reciprocal) else None


def find_staffing(context, targets, witness=None, reciprocal=None):
    """A staffing of `targets` (target -> members), or None when none exists. `witness`, a staffing
    of all but the last target, is tried first."""
    reciprocal = context.policy["reciprocal_ban"] if reciprocal is None else reciprocal
    if witness is not None and len(witness) == len(targets) - 1 and all(t in witness for t in targets[:-1]):
        team = extend_greedily(context, witness, targets[-1], reciprocal)
        if team is not None:
            found = dict(witness)
            found[targets[-1]] = team
            return found
    if len(targets) == 1:
        team = extend_greedily(context, {}, targets[0], reciprocal)
        if team is not None:
            return {targets[0]: team}
    if hall_deficient(context, targets):
        return None
    model = Staffing(context, targets, reciprocal)
    try:
        return model.teams() if model.solve() else None
    finally:
        model.close()


def hall_deficient(context, targets):
    """Whether Hall's condition fails on seats, leads or a skill over `targets`: a quick proof that
    no staffing exists (the pigeonhole cases a SAT solver finds hardest)."""
    available = context.available
    if hall(context, targets, context.policy["team_size"], available):
        return True
    if context.policy["lead_required"] and hall(context, targets, 1, [i for i in available if context.insp[i]["lead"]]):
        return True
    for skill in sorted({s for t in targets for s in context.dept[t]["skills"]}, key=byte_key):
        needing = [t for t in targets if skill in context.dept[t]["skills"]]
        if hall(context, needing, 1, [i for i in available if skill in context.insp[i]["skills"]]):
            return True
    return False


# --- Blockers ------------------------------------------------------------------------------------

def recusal_summary(context, target, leads_only):
    tally = {}
    for i in context.inspectors:
        if leads_only and not context.insp[i]["lead"]:
            continue
        reasons = context.reasons(i, target)
        if reasons:
            tally[reasons[0]] = tally.get(reasons[0], 0) + 1
    if not tally:
        return ""
    return " (recused: " + ", ".join(f"{tally[code]} {code}" for code in sorted(tally, key=byte_key)) + ")"


def hall(context, targets, demand, resources):
    """Maximum flow from the targets (each demanding `demand`) to the resources (each giving at most
    its capacity, at most one unit per target it is eligible for). None when every demand is met;
    otherwise the targets reachable from the source in the residual graph, their demand and supply."""
    served = {t: set() for t in targets}
    serving = {r: set() for r in resources}
    edges = {t: [r for r in resources if context.eligible(r, t)] for t in targets}

    def search():
        """One augmenting path (breadth first); returns the reached targets when there is none."""
        parent_target = {t: None for t in targets if len(served[t]) < demand}
        parent_resource = {}
        queue = list(parent_target)
        head = 0
        while head < len(queue):
            t = queue[head]
            head += 1
            for r in edges[t]:
                if r in parent_resource or r in served[t]:
                    continue
                parent_resource[r] = t
                if len(serving[r]) < context.capacity[r]:
                    while True:
                        t = parent_resource[r]
                        served[t].add(r)
                        serving[r].add(t)
                        previous = parent_target[t]
                        if previous is None:
                            return None
                        served[t].discard(previous)
                        serving[previous].discard(t)
                        r = previous
                for other in serving[r]:
                    if other not in parent_target:
                        parent_target[other] = r
                        queue.append(other)
        return set(queue)

    while any(len(served[t]) < demand for t in targets):
        reached = search()
        if reached is not None:
            members = [t for t in targets if t in reached]
            supply = sum(min(context.capacity[r], sum(1 for t in members if context.eligible(r, t)))
                         for r in resources)
            return members, len(members) * demand, supply
    return None


def blocker_for(context, candidate, targets, witness):
    """(None, a staffing of targets + [candidate]) when they can be staffed together; otherwise
    (the blocker of §4, None). `witness` is a staffing of `targets`."""
    counted = count_blocker(context, candidate)
    if counted is not None:
        return counted, None
    found = find_staffing(context, targets + [candidate], witness)
    if found is not None:
        return None, found
    return refusal(context, candidate, targets), None


def count_blocker(context, candidate):
    """Blockers 1-4: what the pick on its own lacks."""
    policy = context.policy
    size = policy["team_size"]
    eligible = context.candidates(candidate)
    if len(eligible) < size:
        return {"code": "too-few-inspectors",
                "message": f"only {len(eligible)} eligible inspectors, a team needs {size}"
                           + recusal_summary(context, candidate, False)}
    if policy["lead_required"] and not any(context.insp[i]["lead"] for i in eligible):
        if policy.get("lead_from"):
            return {"code": "no-lead-from",
                    "message": "no eligible inspector who can lead comes from " + ", ".join(policy["lead_from"])
                               + recusal_summary(context, candidate, True)}
        return {"code": "no-lead",
                "message": "no eligible inspector can lead" + recusal_summary(context, candidate, True)}
    for skill in sorted(set(context.dept[candidate]["skills"]), key=byte_key):
        if not any(skill in context.insp[i]["skills"] for i in eligible):
            if skill.startswith(COMPOSITION_PREFIX):
                return {"code": "no-member-from",
                        "message": f"no eligible inspector comes from any of {group_listed(skill)} (member_from)"}
            return {"code": "no-skill", "message": f"no eligible inspector has the required skill '{skill}'"}
    homes = len({context.insp[i]["home"] for i in eligible})
    if homes < policy["min_home_departments"]:
        return {"code": "home-departments",
                "message": f"eligible inspectors come from {homes} home departments, a team needs "
                           f"{policy['min_home_departments']}"}
    return None


def refusal(context, candidate, targets):
    """Blockers 5-10 for a pick that cannot join the targets."""
    policy = context.policy
    size = policy["team_size"]
    everyone = targets + [candidate]
    if find_staffing(context, [candidate]) is None:
        return {"code": "team-rules",
                "message": f"no team of {size} meets the lead, skill and home-department rules together"}
    available = [i for i in context.inspectors if context.capacity[i] > 0]

    def certificate(found, resource):
        members, demand, supply = found
        return {"resource": resource, "targets": members, "demand": demand, "supply": supply}

    if policy["lead_required"]:
        found = hall(context, everyone, 1, [i for i in available if context.insp[i]["lead"]])
        if found:
            return {"code": "leads-exhausted",
                    "message": f"{found[1]} targets need a lead each but only {found[2]} eligible lead places "
                               f"are available to them",
                    "certificate": certificate(found, "lead")}
    for skill in sorted(set(context.dept[candidate]["skills"]), key=byte_key):
        needing = [t for t in everyone if skill in context.dept[t]["skills"]]
        found = hall(context, needing, 1, [i for i in available if skill in context.insp[i]["skills"]])
        if found and skill.startswith(COMPOSITION_PREFIX):
            return {"code": "member-from-exhausted",
                    "message": f"{found[1]} targets need a member from {group_listed(skill)} but only {found[2]} "
                               f"eligible places with one are available to them",
                    "certificate": certificate(found, "member-from:" + skill[len(COMPOSITION_PREFIX):])}
        if found:
            return {"code": "skill-exhausted",
                    "message": f"{found[1]} targets need skill '{skill}' but only {found[2]} eligible places "
                               f"with it are available to them",
                    "certificate": certificate(found, "skill:" + skill)}
    found = hall(context, everyone, size, available)
    if found:
        return {"code": "seats-exhausted",
                "message": f"{len(found[0])} teams need {found[1]} places but only {found[2]} eligible places "
                           f"are available to them",
                "certificate": certificate(found, "seat")}
    names = ", ".join(targets)
    if policy["reciprocal_ban"] and find_staffing(context, everyone, reciprocal=False) is not None:
        return {"code": "reciprocal",
                "message": "the reciprocal cross-inspection ban leaves no staffing together with the earlier "
                           f"targets ({names})"}
    return {"code": "joint", "message": f"no staffing of it together with the earlier targets ({names}) meets every rule"}


# --- The draw ------------------------------------------------------------------------------------

def uniform(seed, label, bound):
    excess = (1 << 64) % bound
    attempt = 0
    while True:
        code = hmac.new(seed, f"{label}/{attempt}".encode("utf-8"), hashlib.sha256).digest()
        word = int.from_bytes(code[:8], "big")
        if word < (1 << 64) - excess:
            return word % bound, attempt
        attempt += 1


def canonical_teams(context, targets, seed, witness):
    """The canonical staffing (§4, "Teams"): lead first, then each seat, each the first inspector in
    rank order that still leaves a staffing of every target with every choice made so far.
    `witness` is a staffing of the targets. Each question is answered by a staffing that honours
    the choices (the witness, or the witness with one or two members exchanged), else by the SAT
    model under assumptions."""
    policy = context.policy
    reciprocal = policy["reciprocal_ban"]
    rank = sorted(context.available,
                  key=lambda i: (hmac.new(seed, f"spotcheck/v2/rank/{i}".encode("utf-8"), hashlib.sha256).digest(),
                                 byte_key(i)))
    witness = {t: list(members) for t, members in witness.items()}
    fixed = {t: [] for t in targets}
    fixed_load = {}
    model = None

    def holds(i, t):
        nonlocal witness, model
        if i in witness[t]:
            return True
        load = sum(1 for members in witness.values() if i in members)
        for m in witness[t]:
            if m in fixed[t]:
                continue
            trial = dict(witness)
            trial[t] = [i if x == m else x for x in witness[t]]
            if load < context.capacity[i]:
                if staffing_valid(context, trial, reciprocal):
                    witness = trial
                    return True
                continue
            for other in targets:
                if other != t and i in witness[other] and i not in fixed[other] and m not in witness[other]:
                    second = dict(trial)
                    second[other] = [m if x == i else x for x in witness[other]]
                    if staffing_valid(context, second, reciprocal):
                        witness = second
                        return True
        if model is None:
            model = Staffing(context, targets)
        choices = [(j, u) for u in targets for j in fixed[u]] + [(i, t)]
        if model.solve(choices):
            witness = model.teams()
            return True
        return False

    def can_complete(t, members):
        """A necessary condition: the seats left in team(t) can still bring the missing skills
        and homes. When it fails, no staffing holds these choices (a certain no)."""
        left = policy["team_size"] - len(members)
        homes = {context.insp[j]["home"] for j in members}
        need_homes = max(0, policy["min_home_departments"] - len(homes))
        missing = set(context.dept[t]["skills"])
        for j in members:
            missing -= set(context.insp[j]["skills"])
        if need_homes > left:
            return False
        if left == 0:
            return not missing
        pool = [j for j in context.candidates(t) if j not in members and fixed_load.get(j, 0) < context.capacity[j]]
        if left == 1:
            return any(missing <= set(context.insp[j]["skills"])
                       and (need_homes == 0 or context.insp[j]["home"] not in homes) for j in pool)
        if any(not any(skill in context.insp[j]["skills"] for j in pool) for skill in missing):
            return False
        return len({context.insp[j]["home"] for j in pool} - homes) >= need_homes

    try:
        for t in targets:
            def choose(leads_only):
                for i in rank:
                    if i in fixed[t] or not context.eligible(i, t):
                        continue
                    if leads_only and not context.insp[i]["lead"]:
                        continue
                    # Certain no: the choices made already use up i, or (reciprocal ban) already
                    # send someone from t to i's home.
                    if fixed_load.get(i, 0) >= context.capacity[i]:
                        continue
                    home = context.insp[i]["home"]
                    if reciprocal and home != t and home in fixed and \
                            any(context.insp[j]["home"] == t for j in fixed[home]):
                        continue
                    if not can_complete(t, fixed[t] + [i]):
                        continue
                    if holds(i, t):
                        fixed[t].append(i)
                        fixed_load[i] = fixed_load.get(i, 0) + 1
                        return
                raise AssertionError("no inspector fits a seat of a staffable target")

            if policy["lead_required"]:
                choose(True)
            while len(fixed[t]) < policy["team_size"]:
                choose(False)
        return [fixed[t] for t in targets]
    finally:
        if model is not None:
            model.close()


def link_replacements_and_staff(context, policy, picks, targets, seed, witness):
    """Names each replaced pick's successor (`replacedBy`, in order) and returns the canonical
    teams of the targets, each member with home, name and role."""
    pending = []
    for pick in picks:
        if pick["outcome"] == "replaced":
            pending.append(pick)
        elif pick["outcome"] == "target" and pending:
            pending.pop(0)["replacedBy"] = pick["department"]
    teams = []
    for t, members in zip(targets, canonical_teams(context, targets, seed, witness) if targets else []):
        first_lead = next((i for i in members if context.insp[i]["lead"]), None)
        team = []
        for position, i in enumerate(members):
            lead = position == 0 if policy["lead_required"] else i == first_lead
            person = context.insp[i]
            team.append({"home": person["home"], "inspector": i, "name": person["name"],
                         "role": "lead" if lead else "member"})
        teams.append({"department": t, "departmentName": context.dept[t]["name"], "members": team})
    return teams


def derive(roster, policy, seed, date, pool, ordered, previous):
    """The whole record, as the JSON value `spotcheck draw --json` prints."""
    context = Context(roster, policy, date)
    eligible = []
    for d in context.departments:
        department = context.dept[d]
        if not department["active"] or pool not in department["pools"] or context.weight(d) <= 0:
            continue
        last = context.last_inspected.get(d)
        cooldown = policy["cooldown_days"]
        if last is not None and cooldown > 0 and date <= last + datetime.timedelta(days=cooldown - 1):
            continue
        eligible.append(d)
    picks = []
    targets = []
    witness = {}

    def decide(pick, refused, witness):
        """A pick is a target iff it can be staffed with the targets before it; otherwise it is
        refused (`replaced` or `unstaffed`) with its blocker. Returns the staffing known so far."""
        blocker, found = blocker_for(context, pick["department"], targets, witness)
        picks.append(pick)
        if blocker:
            pick["outcome"] = refused
            pick["blocker"] = blocker
            return witness
        pick["outcome"] = "target"
        targets.append(pick["department"])
        return found
    if ordered is None:
        wanted = policy["targets_per_draw"]
        remaining = [(d, context.weight(d)) for d in eligible]
        k = 0
        while len(targets) < wanted and remaining:
            k += 1
            total = sum(w for _, w in remaining)
            ticket, attempt = uniform(seed, f"spotcheck/v2/target/{k}", total)
            running = 0
            for index, (d, w) in enumerate(remaining):
                running += w
                if running > ticket:
                    break
            del remaining[index]
            pick = {"order": k, "department": d, "weight": w, "remainingWeight": total, "ticket": str(ticket),
                    "attempt": attempt}
            witness = decide(pick, "replaced", witness)
    else:
        wanted = len(ordered)
        for k, d in enumerate(ordered, start=1):
            if d not in context.dept:
                raise InputProblem(f"ordered department {d} is not in the roster")
            if not context.dept[d]["active"]:
                raise InputProblem(f"ordered department {d} is closed in the roster; a closed department is never ordered")
            pick = {"order": k, "department": d}
            witness = decide(pick, "unstaffed", witness)
    teams = link_replacements_and_staff(context, policy, picks, targets, seed, witness)
    record = {
        "algorithm": ALGORITHM, "date": date.isoformat(), "pool": pool,
        "kind": "scheduled" if ordered is None else "ordered",
        "policy": policy_json(policy), "policyHash": hashlib.sha256(policy_text(policy)).hexdigest(),
        "snapshotHash": snapshot_hash(roster, seed),
        "seedCommitment": hashlib.sha256(seed).hexdigest(),
        "eligibleDepartments": len(eligible), "eligibleWeight": sum(context.weight(d) for d in eligible),
        "picks": picks, "teams": teams, "shortfall": wanted - len(targets),
        "salt": record_salt(seed),
    }
    if ordered is not None:
        record["orderedDepartments"] = list(ordered)
    if previous is not None:
        record["previousRecordHash"] = previous
    return record


COMMITMENT_FIELDS = ["algorithm", "date", "pool", "kind", "orderedDepartments", "seedCommitment", "snapshotHash",
                     "policyHash", "previousRecordHash", "hiddenSlot", "visit"]


# --- A hidden complaint-driven slot (§8) ---------------------------------------------------------

def hidden_slot_commitment(department, salt):
    """SHA-256 of "spotcheck/v2/hidden-slot\nDEPARTMENT\nSALT-HEX", lowercase hex."""
    return hashlib.sha256(f"spotcheck/v2/hidden-slot\n{department}\n{salt.hex()}".encode("utf-8")).hexdigest()


def parse_hidden_slot(text):
    """DEPARTMENT:SALT-HEX (the published opening) into (department, 32 salt bytes)."""
    department, _, salt_hex = text.rpartition(":")
    try:
        salt = strict_hex(salt_hex)
    except ValueError:
        salt = b""
    if not department or len(salt) != 32:
        raise InputProblem("--hidden-slot must be DEPARTMENT:SALT, the salt 64 hex digits")
    return department, salt


def read_hidden_opening(folder):
    """The opening a public record folder holds once the complaint is closed (hidden-slot.txt,
    DEPARTMENT:SALT-HEX), or None."""
    path = f"{folder}/hidden-slot.txt"
    if not os.path.exists(path):
        return None
    try:
        return read_limited(path).decode("utf-8").strip()
    except UnicodeDecodeError:
        raise InputProblem(f"{path}: not UTF-8")


def derive_hidden(roster, policy, seed, date, pool, previous, department, salt):
    """The record of a scheduled draw hiding `department` (§8): its tickets and slot come from
    HMAC(seed, "spotcheck/v2/hidden-key/" + salt hex); the department leaves the sampler and takes
    its slot; no pick shows a ticket."""
    context = Context(roster, policy, date)
    eligible = []
    for d in context.departments:
        if pool not in context.dept[d]["pools"] or context.weight(d) <= 0:
            continue
        last = context.last_inspected.get(d)
        cooldown = policy["cooldown_days"]
        if last is not None and cooldown > 0 and date <= last + datetime.timedelta(days=cooldown - 1):
            continue
        eligible.append(d)
    if department not in eligible:
        raise InputProblem(f"hidden slot: '{department}' is not a department the pool may draw today")
    key = hmac.new(seed, f"spotcheck/v2/hidden-key/{salt.hex()}".encode("utf-8"), hashlib.sha256).digest()
    wanted = policy["targets_per_draw"]
    position = 1 + uniform(key, "spotcheck/v2/hidden-position", max(wanted, 1))[0]
    remaining = [(d, context.weight(d)) for d in eligible if d != department]
    picks, targets, witness = [], [], {}
    placed = False
    k = 0
    j = 0  # random picks so far: the j-th takes its ticket from "target/{j}"
    while len(targets) < wanted:
        if not placed and (k + 1 == position or not remaining):
            placed = True
            d = department
        elif remaining:
            j += 1
            total = sum(w for _, w in remaining)
            ticket, _ = uniform(key, f"spotcheck/v2/target/{j}", total)
            running = 0
            for index, (d, w) in enumerate(remaining):
                running += w
                if running > ticket:
                    break
            del remaining[index]
        else:
            break
        k += 1
        pick = {"order": k, "department": d}
        blocker, found = blocker_for(context, d, targets, witness)
        picks.append(pick)
        if blocker:
            pick["outcome"] = "replaced"
            pick["blocker"] = blocker
        else:
            pick["outcome"] = "target"
            targets.append(d)
            witness = found
    teams = link_replacements_and_staff(context, policy, picks, targets, seed, witness)
    record = {
        "algorithm": ALGORITHM, "date": date.isoformat(), "pool": pool, "kind": "scheduled",
        "policy": policy_json(policy), "policyHash": hashlib.sha256(policy_text(policy)).hexdigest(),
        "snapshotHash": snapshot_hash(roster, seed),
        "seedCommitment": hashlib.sha256(seed).hexdigest(),
        "eligibleDepartments": len(eligible), "eligibleWeight": sum(context.weight(d) for d in eligible),
        "picks": picks, "teams": teams, "shortfall": wanted - len(targets),
        "hiddenSlot": hidden_slot_commitment(department, salt),
        "salt": record_salt(seed),
    }
    if previous is not None:
        record["previousRecordHash"] = previous
    return record


# --- Canonical JSON ------------------------------------------------------------------------------

def dump(value, indent=0):
    """JSON as the project writes records: keys sorted by bytes, two-space indentation,
    `"key" : value`, non-ASCII and '/' unescaped."""
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        if not value:
            return "{\n\n" + " " * indent + "}"
        parts = [pad + quote(key) + " : " + dump(value[key], indent + 2) for key in sorted(value, key=byte_key)]
        return "{\n" + ",\n".join(parts) + "\n" + " " * indent + "}"
    if isinstance(value, list):
        if not value:
            return "[\n\n" + " " * indent + "]"
        return "[\n" + ",\n".join(pad + dump(item, indent + 2) for item in value) + "\n" + " " * indent + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if value is None:
        return "null"
    return quote(value)


def quote(text):
    out = ['"']
    for char in text:
        code = ord(char)
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\r":
            out.append("\\r")
        elif char == "\t":
            out.append("\\t")
        elif char == "\b":
            out.append("\\b")
        elif char == "\f":
            out.append("\\f")
        elif code < 0x20:
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


# --- The problem ledger's samples (docs/ledger.md, "Ledger draws") ------------------------------

LEDGER_SAMPLE_FORMAT = "spotcheck-ledger-sample/1"
LEDGER_SAMPLE_KEYS = {"format", "kind", "period", "share", "count", "population", "selected"}


def ledger_sample_problems(folder, record, seed, order):
    """ledger-sample.json of a re-check or honesty visit against its draw's seed, record and order.

    The order reason of such a draw is "ledger KIND PERIOD: sample SHA256", SHA-256 of the
    sample's canonical JSON; the selection is the population (sorted by id bytes) ranked by
    HMAC(seed, "spotcheck/ledger/KIND/PERIOD/" + id), the first `count`; a re-check's count is
    ceil(population * share / 100). The record's ordered departments are those of the selected,
    each once, in rank order."""
    name = "ledger-sample.json"
    path = f"{folder}/{name}"
    reason = order.get("reason") if isinstance(order, dict) else None
    claims = isinstance(reason, str) and (reason.startswith("ledger recheck ") or reason.startswith("ledger honesty "))
    if not os.path.exists(path):
        return [f"{name}: missing (the order reason names a ledger sample)"] if claims else []
    try:
        data, sample = read_entries(path, "ledger sample")
    except InputProblem as error:
        return [f"{name}: {error}"]
    if not isinstance(sample, dict) or set(sample) - LEDGER_SAMPLE_KEYS \
            or not isinstance(sample.get("population"), list) or not isinstance(sample.get("selected"), list) \
            or not isinstance(sample.get("count"), int) or not isinstance(sample.get("period"), str) \
            or sample.get("kind") not in ("recheck", "honesty"):
        return [f"{name}: not a ledger sample ({', '.join(sorted(LEDGER_SAMPLE_KEYS))})"]
    problems = []
    if sample.get("format") != LEDGER_SAMPLE_FORMAT:
        problems.append(f"{name} format: is {show(sample.get('format'))}, this verifier checks {LEDGER_SAMPLE_FORMAT}")
    if canonical_json(sample) != data:
        problems.append(f"{name}: not in canonical JSON")
    kind, period, count = sample["kind"], sample["period"], sample["count"]
    population = sample["population"]
    if any(not isinstance(item, dict) or set(item) != {"id", "department"} for item in population):
        return problems + [f"{name} population: each member is {{id, department}}"]
    ids = [item["id"] for item in population]
    if len(set(ids)) != len(ids):
        problems.append(f"{name} population: an id appears more than once")
    if ids != sorted(ids, key=byte_key):
        problems.append(f"{name} population: not sorted by id")
    if kind == "recheck":
        share = sample.get("share")
        if not isinstance(share, int):
            problems.append(f"{name} share: missing (a re-check sample states its share)")
            share = 0
        expected = 0 if not population or share <= 0 else min(len(population), (len(population) * share + 99) // 100)
        if count != expected:
            problems.append(f"{name} count: is {count}, a share of {share}% of {len(population)} is {expected}")
    ordered = sorted(population, key=lambda item: byte_key(item["id"]))
    ranked = sorted(ordered, key=lambda item: (
        hmac.new(seed, f"spotcheck/ledger/{kind}/{period}/{item['id']}".encode("utf-8"), hashlib.sha256).digest(),
        byte_key(item["id"])))
    selected = ranked[:max(0, min(count, len(ranked)))]
    if selected != sample["selected"]:
        problems.append(f"{name} selected: the file says [{', '.join(str(i.get('id')) for i in sample['selected'] if isinstance(i, dict))}], "
                        f"the seed selects [{', '.join(i['id'] for i in selected)}]")
    departments = []
    for item in selected:
        if item["department"] not in departments:
            departments.append(item["department"])
    if (record.get("orderedDepartments") or []) != departments:
        problems.append(f"orderedDepartments: the record visits [{', '.join(record.get('orderedDepartments') or [])}], "
                        f"the sample's departments are [{', '.join(departments)}]")
    expected_reason = f"ledger {kind} {period}: sample {hashlib.sha256(data).hexdigest()}"
    if reason != expected_reason:
        problems.append(f"order.json reason: is {show(reason)}, the sample's hash makes it {show(expected_reason)}")
    return problems


def canonical_json(value):
    return (dump(value) + "\n").encode("utf-8")


# --- Comparison ----------------------------------------------------------------------------------

def show(value):
    if value is None:
        return "nothing"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def record_salt(seed):
    """A record's salt (docs/draw-algorithm.md §1): HMAC(seed, "spotcheck/v2/record-salt") in hex,
    so that the record's hash, public before the reveal, cannot be matched by trying candidates."""
    return salt_hex(seed, "spotcheck/v2/record-salt")


def compare(record, derived):
    problems = []
    if "salt" not in record:
        # Made before records carried a salt: compared without it.
        derived = {key: value for key, value in derived.items() if key != "salt"}

    def check(name, mine, theirs):
        if mine != theirs:
            problems.append(f"{name}: the record says {show(mine)}, recomputed {show(theirs)}")

    for key in ["eligibleDepartments", "eligibleWeight"]:
        check(key, record.get(key), derived.get(key))
    mine_picks, their_picks = record.get("picks") or [], derived["picks"]
    check("picks (count)", len(mine_picks), len(their_picks))
    for index, (mine, theirs) in enumerate(zip(mine_picks, their_picks)):
        for key in ["order", "department", "weight", "remainingWeight", "ticket", "attempt", "outcome", "blocker",
                    "replacedBy"]:
            check(f"picks[{index}].{key}", mine.get(key), theirs.get(key))
    mine_teams, their_teams = record.get("teams") or [], derived["teams"]
    check("teams (count)", len(mine_teams), len(their_teams))
    for index, (mine, theirs) in enumerate(zip(mine_teams, their_teams)):
        for key in ["department", "departmentName"]:
            check(f"teams[{index}].{key}", mine.get(key), theirs.get(key))
        if mine.get("members") != theirs.get("members"):
            def members(team):
                return "[" + ", ".join(f"{m.get('inspector')} {m.get('role')}" for m in team.get("members") or []) + "]"
            problems.append(f"teams[{index}].members: the record says {members(mine)}, recomputed {members(theirs)}")
    check("shortfall", record.get("shortfall"), derived.get("shortfall"))
    if record.get("salt") != derived.get("salt"):
        problems.append(f"salt: the record says {show(record.get('salt'))}, recomputed {show(derived.get('salt'))} "
                        "(HMAC(seed, \"spotcheck/v2/record-salt\"))")
    if not problems and canonical_json(record) != canonical_json(derived):
        keys = sorted(set(record) | set(derived))
        for key in keys:
            if record.get(key) != derived.get(key):
                problems.append(f"{key}: the record says {show(record.get(key))}, recomputed {show(derived.get(key))}")
        if not problems:
            problems.append("the record differs from the recomputed one in a field not compared above")
    return problems


def check_replacements(replacements, record, roster, policy, day_reciprocal=True):
    """docs/draw-algorithm.md §6: each replacement leaves a team that meets every rule in the draw's
    context (the committed snapshot and this draw's teams as they stand); without `day_reciprocal`,
    the reciprocal ban across the day (§2) left aside."""
    date = datetime.date.fromisoformat(record["date"])
    context = Context(roster, policy, date, day_reciprocal)
    teams = [{"department": t["department"], "members": [dict(m) for m in t["members"]]} for t in record["teams"]]
    problems = []
    for index, entry in enumerate(replacements):
        name = f"replacements[{index}]"
        if not isinstance(entry, dict) or any(not isinstance(entry.get(k), str)
                                              for k in ["draw", "department", "out", "in", "reason", "at"]):
            problems.append(f"{name}: not a replacement entry (draw, department, out, in, reason, at)")
            continue
        if not entry["reason"].strip(" \t"):
            problems.append(f"{name}.reason: is empty")
        if not entry["at"]:
            problems.append(f"{name}.at: is empty")
        team = next((t for t in teams if t["department"] == entry["department"]), None)
        if team is None:
            problems.append(f"{name}.department: {entry['department']} has no team in this draw")
            continue
        position = next((p for p, m in enumerate(team["members"]) if m["inspector"] == entry["out"]), None)
        if position is None:
            problems.append(f"{name}.out: {entry['out']} is not on the team for {entry['department']}")
            continue
        if entry["in"] not in context.insp:
            problems.append(f"{name}.in: {entry['in']} is not an inspector of the roster")
            continue
        if any(m["inspector"] == entry["in"] for m in team["members"]):
            problems.append(f"{name}.in: {entry['in']} is already on the team for {entry['department']}")
            continue
        person = context.insp[entry["in"]]
        team["members"][position] = {"inspector": entry["in"], "home": person["home"],
                                     "role": team["members"][position]["role"]}
        for rule in team_problems(team, teams, context):
            problems.append(f"{name}: the team for {entry['department']} after it: {rule}")
    return problems


def replacement_rule_order(record_hash, department, inspectors):
    """docs/draw-algorithm.md section 5: the order in which the rule tries inspectors for a seat,
    by SHA-256("{record hash}:{department}:{id}") in lowercase hex, smallest first."""
    keyed = [(hashlib.sha256(f"{record_hash}:{department}:{i}".encode("utf-8")).hexdigest(), i) for i in inspectors]
    return [i for _, i in sorted(keyed, key=lambda pair: (pair[0], byte_key(pair[1])))]


def replacement_rule_valid(candidate, index, replacements, record, roster, policy, day_reciprocal=False):
    """Whether replacement number `index` is valid with `candidate` coming in, after the earlier ones,
    leaving the reciprocal ban across the day aside unless `day_reciprocal`: the rule meets, and
    passes over, every inspector valid without it (docs/draw-algorithm.md section 5)."""
    prefix = f"replacements[{index}]"
    trial = dict(replacements[index], **{"in": candidate})
    found = check_replacements(replacements[:index] + [trial], record, roster, policy, day_reciprocal)
    return not any(p.startswith(prefix + ".") or p.startswith(prefix + ":") for p in found)


def replacement_rule_acceptable(candidate, index, replacements, record, roster, policy):
    """Whether `candidate` may be the rule's newcomer: valid in the draw's whole context, with the
    reciprocal ban across the day under spotcheck-draw/3 (Context applies it by the algorithm)."""
    return replacement_rule_valid(candidate, index, replacements, record, roster, policy, day_reciprocal=True)


def replacement_rule_choice(index, replacements, record, record_hash, roster, policy, passed_over=()):
    """The rule's newcomer for replacement number `index`: the first inspector of the committed
    snapshot, in replacement_rule_order, who is acceptable after the earlier ones, skipping those
    passed over (valid, but unable to go on the day)."""
    entry = replacements[index]
    for candidate in replacement_rule_order(record_hash, entry["department"], list(roster["inspectors"])):
        if candidate not in passed_over and \
                replacement_rule_acceptable(candidate, index, replacements, record, roster, policy):
            return candidate
    return None


REPLACEMENT_REQUIRED = ["draw", "department", "out", "in", "reason", "at"]
REPLACEMENT_OPTIONAL_STRINGS = ["salt", "previousRecordHash", "chosenBy"]


def json_kind(value):
    """A JSON value's type in words, as both verifiers name it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else "an object"


def replacement_field_problems(replacements):
    """The fields of replacements.json entries by their JSON types (Swift: ReplacementFields.swift),
    each as `replacements[INDEX].FIELD: ...`: the required ones strings; salt, previousRecordHash and
    chosenBy strings when present; passedOver, when present, a non-empty list of inspector ids (the
    key is absent when nobody was passed over, docs/draw-algorithm.md section 5). null is no value of
    any of them."""
    problems = []
    if not isinstance(replacements, list):
        return problems
    for index, entry in enumerate(replacements):
        name = f"replacements[{index}]"
        if not isinstance(entry, dict):
            problems.append(f"{name}: is {json_kind(entry)}, not a replacement entry")
            continue
        for key in REPLACEMENT_REQUIRED:
            if key not in entry:
                problems.append(f"{name}.{key}: missing (a replacement entry has draw, department, out, in, reason and at)")
            elif not isinstance(entry[key], str):
                problems.append(f"{name}.{key}: is {json_kind(entry[key])}, not a string")
        for key in REPLACEMENT_OPTIONAL_STRINGS:
            if key in entry and not isinstance(entry[key], str):
                problems.append(f"{name}.{key}: is {json_kind(entry[key])}, not a string")
        if "passedOver" in entry:
            value = entry["passedOver"]
            if value == [] and isinstance(value, list):
                problems.append(f"{name}.passedOver: is an empty list (the key is absent when nobody was passed over)")
            elif not isinstance(value, list):
                problems.append(f"{name}.passedOver: is {json_kind(value)}, not a list of inspector ids")
            elif any(not isinstance(i, str) for i in value):
                odd = next(i for i in value if not isinstance(i, str))
                problems.append(f"{name}.passedOver: is a list holding {json_kind(odd)}, not a list of inspector ids")
    problems += replacement_list_problems(replacements)
    return problems


def replacement_list_problems(replacements):
    """What the types allow but the format does not (Swift: ReplacementFields.listProblems): an
    inspector named twice in passedOver, and passedOver on an entry not marked chosenBy: rule."""
    problems = []
    for index, entry in enumerate(replacements):
        if not isinstance(entry, dict):
            continue
        value = entry.get("passedOver")
        if not isinstance(value, list) or not value or not all(isinstance(i, str) for i in value):
            continue
        name = f"replacements[{index}]"
        seen = set()
        for inspector in value:
            if inspector in seen:
                problems.append(f"{name}.passedOver: names {inspector} twice")
            seen.add(inspector)
        if entry.get("chosenBy") != "rule":
            problems.append(f"{name}.passedOver: only an entry whose chosenBy is rule lists inspectors passed over")
    return problems


def replacement_choice_problems(replacements, record, record_hash, roster, policy, where="replacements.json"):
    """An entry marked `chosenBy: rule` names exactly the rule's choice; `chosenBy` is `rule` or
    `coordinator` when present (entries made before it was recorded have none)."""
    problems = []
    for index, entry in enumerate(replacements):
        if not isinstance(entry, dict) or "chosenBy" not in entry or not isinstance(entry.get("department"), str):
            continue
        if not isinstance(entry["chosenBy"], str):
            continue  # named by replacement_field_problems
        if entry["chosenBy"] not in ("rule", "coordinator"):
            problems.append(f"{where}: replacements[{index}].chosenBy: {entry['chosenBy']} is neither rule nor coordinator")
            continue
        if entry["chosenBy"] != "rule":
            continue
        passed_over = entry.get("passedOver", [])
        if not isinstance(passed_over, list) or not all(isinstance(i, str) for i in passed_over):
            continue  # named by replacement_field_problems
        picked = replacement_rule_choice(index, replacements, record, record_hash, roster, policy, passed_over)
        ranked = replacement_rule_order(record_hash, entry["department"], list(roster["inspectors"]))
        before = ranked[:ranked.index(entry.get("in"))] if entry.get("in") in ranked else []
        for i in passed_over:
            if i not in before or not replacement_rule_valid(i, index, replacements, record, roster, policy):
                problems.append(f"{where}: replacements[{index}].passedOver: {i} is not a valid choice the rule "
                                f"meets before {entry.get('in')}")
        if picked != entry.get("in") and isinstance(entry.get("in"), str) and \
                replacement_rule_valid(entry["in"], index, replacements, record, roster, policy) and \
                not replacement_rule_acceptable(entry["in"], index, replacements, record, roster, policy):
            problems.append(f"{where}: replacements[{index}].in: {entry['in']} is marked as the rule's choice, but the "
                            f"reciprocal ban across the day keeps {entry['in']} from {entry['department']}: the rule "
                            f"passes over them and picks {picked or 'nobody'} (docs/draw-algorithm.md sections 2, 5)")
        elif picked != entry.get("in"):
            problems.append(f"{where}: replacements[{index}].in: {entry.get('in')} is marked as the rule's choice, "
                            f"but the rule picks {picked or 'nobody'} (docs/draw-algorithm.md section 5)")
    return problems


def team_problems(team, teams, context):
    policy = context.policy
    target = team["department"]
    ids = [m["inspector"] for m in team["members"]]
    problems = []
    if len(ids) != policy["team_size"]:
        problems.append(f"has {len(ids)} members, the policy says {policy['team_size']}")
    for i in ids:
        for code in context.reasons(i, target):
            problems.append(f"{i}: {code}")
        load = sum(1 for other in teams if any(m["inspector"] == i for m in other["members"]))
        if context.capacity[i] > 0 and load > context.capacity[i]:
            problems.append(f"{i}: daily-cap (on {load} teams, capacity {context.capacity[i]})")
    for m in team["members"]:
        if m["role"] == "lead" and not context.insp[m["inspector"]]["lead"]:
            problems.append(f"{m['inspector']}: is lead but cannot lead")
    if policy["lead_required"] and sum(1 for m in team["members"] if m["role"] == "lead") != 1:
        problems.append("has no single lead")
    held = set()
    for i in ids:
        held.update(context.insp[i]["skills"])
    for skill in sorted(set(context.dept[target]["skills"]), key=byte_key):
        if skill not in held:
            problems.append(f"no member holds the required skill {skill}")
    homes = {context.insp[i]["home"] for i in ids}
    if len(homes) < policy["min_home_departments"]:
        problems.append(f"members come from {len(homes)} home departments, the policy needs "
                        f"{policy['min_home_departments']}")
    if policy["reciprocal_ban"]:
        for other in teams:
            if other["department"] == target:
                continue
            goes = any(m["home"] == other["department"] for m in team["members"])
            comes = any(m["home"] == target for m in other["members"])
            if goes and comes:
                problems.append(f"reciprocal with {other['department']}")
    return problems


# --- The hash chain: orders and replacements (docs/draw-algorithm.md §7) -----------------------

ORDER_KEYS = {"date", "pool", "departments", "reason", "category", "reasonCommitment", "salt", "previousRecordHash"}

# An order's second form (docs/draw-algorithm.md section 6): a public category, and the reason as
# a salted commitment, except a ledger sample's reason, published in clear (it names the sample).
ORDER_CATEGORIES = ["complaint", "leadership", "other", "ledger-verification", "ledger-recheck", "ledger-honesty"]
ORDER_PUBLIC_REASONS = {"ledger-recheck": "ledger recheck ", "ledger-honesty": "ledger honesty "}


def order_reason_commitment(salt, reason):
    """Lowercase hex of SHA-256("spotcheck/v3/order-reason\n" + hex(salt) + "\n" + reason)."""
    return hashlib.sha256(f"spotcheck/v3/order-reason\n{salt.hex()}\n".encode() + reason.encode("utf-8")).hexdigest()


def is_digest(text):
    return isinstance(text, str) and len(text) == 64 and all(c in "0123456789abcdef" for c in text)


def order_reason_problems(name, order):
    """The reason fields of either form of order.json: the first (no category) a non-empty reason
    and no commitment; the second a known category, the reason in clear exactly for a ledger
    sample (beginning with its prefix), a commitment (64 lowercase hex digits) exactly otherwise."""
    category = order.get("category")
    reason = order.get("reason")
    if category is None:
        if "reasonCommitment" in order:
            return [f"{name} reasonCommitment: an order without a category carries none"]
        return [f"{name} reason: is empty"] if not isinstance(reason, str) or not reason.strip(" \t") else []
    if category not in ORDER_CATEGORIES:
        return [f"{name} category: {show(category)} is not one of {', '.join(ORDER_CATEGORIES)}"]
    problems = []
    if category in ORDER_PUBLIC_REASONS:
        if "reasonCommitment" in order:
            problems.append(f"{name} reasonCommitment: {show(order['reasonCommitment'])}, a {category} order "
                            f"publishes its reason")
        prefix = ORDER_PUBLIC_REASONS[category]
        if isinstance(reason, str) and reason.strip(" \t") and not reason.startswith(prefix):
            problems.append(f"{name} reason: does not begin with '{prefix}' (category {category})")
        elif not isinstance(reason, str) or not reason.strip(" \t"):
            problems.append(f"{name} reason: is empty (a {category} order publishes its reason)")
    else:
        if "reason" in order:
            problems.append(f"{name} reason: published in clear, a {category} order publishes only its "
                            f"reasonCommitment")
        if not is_digest(order.get("reasonCommitment")):
            problems.append(f"{name} reasonCommitment: {show(order.get('reasonCommitment'))}, not a SHA-256 in "
                            f"lowercase hex (64 digits)")
    return problems
REPLACEMENT_KEYS = {"draw", "department", "out", "in", "reason", "at", "salt", "previousRecordHash", "chosenBy",
                    "passedOver"}


def salt_hex(seed, label):
    return hmac.new(seed, label.encode("utf-8"), hashlib.sha256).hexdigest()


def entry_hash(entry):
    """An order or replacement entry's chain hash: SHA-256 of its canonical JSON."""
    return hashlib.sha256(canonical_json(entry)).hexdigest()


def read_entries(path, what):
    """The bytes and parsed JSON of order.json or replacements.json; problems when not canonical."""
    return read_json_file(path, what)


def order_problems(name, order, data, record, seed):
    """order.json against its record and seed."""
    if not isinstance(order, dict) or any(not isinstance(order.get(k), str) for k in ["date", "pool", "salt"]) \
            or not isinstance(order.get("departments"), list) \
            or any(k in order and not isinstance(order[k], str) for k in ["reason", "category", "reasonCommitment"]):
        return [f"{name}: not an order entry (date, pool, departments, reason, salt, previousRecordHash)"]
    problems = []
    extra = sorted(set(order) - ORDER_KEYS, key=byte_key)
    if extra:
        problems.append(f"{name}: unknown field {extra[0]}")
    elif canonical_json(order) != data:
        problems.append(f"{name}: not in canonical JSON")
    digest = entry_hash(order)
    if record.get("previousRecordHash") != digest:
        problems.append(f"{name}: hashes to {digest}, but the record's previousRecordHash is "
                        f"{show(record.get('previousRecordHash'))} (the order was edited, or is not the one this "
                        f"draw was made for)")
    if order["date"] != record.get("date"):
        problems.append(f"{name} date: {order['date']}, the record says {show(record.get('date'))}")
    if order["pool"] != record.get("pool"):
        problems.append(f"{name} pool: {order['pool']}, the record says {show(record.get('pool'))}")
    if order["departments"] != (record.get("orderedDepartments") or []):
        problems.append(f"{name} departments: {','.join(map(str, order['departments']))}, the record's "
                        f"orderedDepartments are {','.join(record.get('orderedDepartments') or [])}")
    problems += order_reason_problems(name, order)
    if order["salt"] != salt_hex(seed, "spotcheck/v2/order-salt"):
        problems.append(f"{name} salt: not HMAC(seed, \"spotcheck/v2/order-salt\") of this draw's seed")
    return problems


def order_opening_problems(order, path):
    """Auditors with the daemon's private order reasons (STATE/private/order-reasons.csv:
    draw,date,pool,category,reason,salt,reason_commitment) check that the order's
    reasonCommitment opens to a reason of that date, pool and category."""
    problems = []
    opened = False
    for index, row in enumerate(read_table(path, ["draw", "date", "pool", "category", "reason", "salt",
                                                   "reason_commitment"])):
        where = f"{path}: row {index + 1} (draw {row['draw']})"
        value, problem = open_salted(where, row, order_reason_commitment)
        if problem:
            problems.append(problem)
            continue
        if value != order.get("reasonCommitment"):
            continue
        opened = True
        if (row["date"], row["pool"], row["category"]) != (order.get("date"), order.get("pool"), order.get("category")):
            problems.append(f"{where}: opens order.json's reasonCommitment but names {row['date']} {row['pool']} "
                            f"{row['category']}, the order is of {order.get('date')} {order.get('pool')} "
                            f"{order.get('category')}")
    if isinstance(order.get("reasonCommitment"), str) and not opened:
        problems.append(f"order.json reasonCommitment: {order['reasonCommitment']} is opened by no row of {path}")
    return problems


def replacement_entry_problems(replacements, seed, data=None, prefix=""):
    """The chain fields of a draw's replacements: each salted for its place, each linked."""
    problems = []
    if data is not None and all(isinstance(e, dict) for e in replacements):
        extra = sorted({k for e in replacements for k in e} - REPLACEMENT_KEYS, key=byte_key)
        if extra:
            problems.append(f"{prefix}replacements.json: unknown field {extra[0]}")
        elif canonical_json(replacements) != data:
            problems.append(f"{prefix}replacements.json: not in canonical JSON")
    for index, entry in enumerate(replacements):
        name = f"{prefix}replacements[{index}]" if not prefix else f"{prefix}replacements.json replacements[{index}]"
        if not isinstance(entry, dict):
            continue
        if not isinstance(entry.get("previousRecordHash"), str):
            problems.append(f"{name}.previousRecordHash: missing (every replacement is an entry of the hash chain)")
        if entry.get("salt") != salt_hex(seed, f"spotcheck/v2/replacement-salt/{index}"):
            problems.append(f"{name}.salt: not HMAC(seed, \"spotcheck/v2/replacement-salt/{index}\") of this "
                            f"draw's seed (an entry was edited, moved, deleted or reordered)")
    return problems


CANCELLATION_KEYS = {"draw", "record", "reason", "at", "salt", "previousRecordHash"}


def cancellation_problems(name, entry, data, record, record_digest, seed):
    """cancellation.json (an ordered draw called off, docs/draw-algorithm.md section 6) against its
    record and seed: canonical bytes, an ordered draw, the record's hash, a reason, a link, the salt."""
    if not isinstance(entry, dict) or any(not isinstance(entry.get(k), str)
                                          for k in ["draw", "record", "reason", "at", "salt"]):
        return [f"{name}: not a cancellation entry (draw, record, reason, at, salt, previousRecordHash)"]
    problems = []
    extra = sorted(set(entry) - CANCELLATION_KEYS, key=byte_key)
    if extra:
        problems.append(f"{name}: unknown field {extra[0]}")
    elif canonical_json(entry) != data:
        problems.append(f"{name}: not in canonical JSON")
    if record.get("kind") != "ordered":
        problems.append(f"{name}: the draw is not an ordered one (only an order can be cancelled)")
    if entry["record"] != record_digest:
        problems.append(f"{name} record: {entry['record']}, the record hashes to {record_digest}")
    if not entry["reason"].strip(" \t"):
        problems.append(f"{name} reason: is empty")
    if not isinstance(entry.get("previousRecordHash"), str):
        problems.append(f"{name} previousRecordHash: missing (a cancellation is an entry of the hash chain)")
    if seed is not None and entry["salt"] != salt_hex(seed, "spotcheck/v2/cancellation-salt"):
        problems.append(f"{name} salt: not HMAC(seed, \"spotcheck/v2/cancellation-salt\") of this draw's seed")
    return problems


def label_problems(day, name, record):
    """The folder DATE/NAME against its record: DATE/POOL for a scheduled draw, DATE/POOL-ordered-ID
    for an ordered one."""
    out, label, pool = [], f"{day}/{name}", record.get("pool")
    if day != record.get("date"):
        out.append(f"{label}: the folder's date is {day}, record.json says {record.get('date')} "
                   f"(a draw was moved to another day's folder)")
    kind = record.get("kind")
    prefix = f"{pool}-ordered-"
    if kind == "ordered":
        rest = name[len(prefix):] if name.startswith(prefix) else ""
        fits = rest != "" and all(c in "0123456789" for c in rest)
    else:
        fits = name == pool
    if not fits:
        expected = f"{prefix}ID" if kind == "ordered" else pool
        out.append(f"{label}: the folder's name is {name}, but record.json is a {kind} draw of pool {pool}, "
                   f"published as {expected} (a draw was moved to another pool's folder)")
    return out


def files_problems(folder, label, record, seed):
    """The folder's roster/ and policy.txt against the record's snapshotHash and policyHash; without
    the record's seed (None) the roster is read but not compared, its snapshot being salted with it."""
    out = []
    try:
        roster = load_roster(f"{folder}/roster")
        snapshot = snapshot_hash(roster, seed) if seed is not None else record.get("snapshotHash")
        if snapshot != record.get("snapshotHash"):
            # Salted with the seed: seed.hex may be the one changed, with record.json's seedCommitment
            # edited to match it (and commitment.json too).
            out.append(f"{label}/roster with seed.hex: hashes to {snapshot}, record.json's snapshotHash is "
                       f"{record.get('snapshotHash')}: {ROSTER_OR_SEED}")
    except (InputProblem, OSError) as error:
        out.append(f"{label}/roster: not a readable roster ({error})")
    path = f"{folder}/policy.txt"
    if not os.path.exists(path):
        out.append(f"{label}/policy.txt: missing (every draw publishes its policy)")
    else:
        try:
            digest = hashlib.sha256(policy_text(load_policy(path))).hexdigest()
            if digest != record.get("policyHash"):
                out.append(f"{label}/policy.txt: hashes to {digest}, record.json's policyHash is "
                           f"{record.get('policyHash')}")
        except (InputProblem, OSError) as error:
            out.append(f"{label}/policy.txt: not a readable policy ({error})")
    return out


def commitment_problems(folder, label, record):
    """commitment.json (published before the draw) against its record, field by field; returns the
    problems and the commitment, when it can be read (its seedCommitment checks the seed)."""
    path = f"{folder}/commitment.json"
    if not os.path.exists(path):
        return [f"{label}/commitment.json: missing (every draw publishes its commitment)"], None
    data = read_limited(path)
    try:
        commitment = json.loads(data.decode("utf-8"), object_pairs_hook=unique_pairs)
    except DuplicateKey as duplicate:
        return [duplicate_key_problem(f"{label}/commitment.json", duplicate.args[0])], None
    except (RecursionError, UnicodeDecodeError, ValueError):
        commitment = None
    required = [key for key in COMMITMENT_FIELDS
                if key not in ("orderedDepartments", "previousRecordHash", "hiddenSlot", "visit")]
    if not isinstance(commitment, dict) or any(not isinstance(commitment.get(key), str) for key in required):
        return [f"{label}/commitment.json: not a commitment (a field is missing or of the wrong type)"], None
    return [f"{label}/commitment.json {key}: the commitment says {show_plain(commitment.get(key))}, "
            f"the record says {show_plain(record.get(key))}"
            for key in COMMITMENT_FIELDS if commitment.get(key) != record.get(key)], commitment


def show_plain(value):
    """A commitment field as the Swift verifier names it: text as is, a list joined by commas."""
    if value is None:
        return "nothing"
    if isinstance(value, list):
        return ",".join(str(item) for item in value)
    return str(value)


def head_problems(head, end, links):
    """The chain must end exactly at `head`, a hash the auditor holds from elsewhere."""
    names = {digest: name for name, digest, _ in reversed(links)}
    if head not in names:
        return [f"--head {head}: no record or entry in the folder hashes to it (the newest ones were deleted or "
                f"edited, or the head is of another chain)"]
    followers = [name for name, _, previous in links if previous == head]
    if followers:
        return [f"--head {head} is {names[head]}, but {', '.join(followers)} follow it (the chain goes on past "
                f"the head given)"]
    if end is not None and end != head:
        return [f"--head {head} is {names[head]}, but the chain ends at {end}"]
    return []


CAMPAIGN_STEPS = ["mobilisation", "self-inspection", "supervision", "summing-up", "closed"]


def event_links(base):
    """The ledger changes and campaign steps of a public folder (DIR/chain/ID.json): each a link
    {kind, day, digest, facts (campaign steps only), previousRecordHash} in canonical JSON.
    Returns (links as (name, hash, previous), {name: link}, problems)."""
    links, decoded, problems = [], {}, []
    folder = f"{base}/chain"
    if not os.path.isdir(folder):
        return links, decoded, problems
    for name in sorted(os.listdir(folder)):
        label = f"chain/{name}"
        if link_number(name) is None:
            problems.append(f"{label}: not a link's name (eight digits, then .json, as the daemon numbers its "
                            f"links); nothing else belongs in chain/")
            continue
        data, link = read_entries(f"{folder}/{name}", "chain link")
        if not isinstance(link, dict):
            problems.append(f"{label}: is {json_kind(link)}, not a chain link (a JSON object)")
            continue
        odd = link_type_problems(link)
        if odd:
            problems += [f"{label} {p}" for p in odd]
            continue
        if data != canonical_json(link) or set(link) - {"kind", "day", "digest", "facts", "previousRecordHash"}:
            problems.append(f"{label}: not in canonical JSON, or holds a field a chain link does not have")
        digest = link["digest"]
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            problems.append(f"{label} digest: not 64 lower-case hex digits")
        facts = link.get("facts")
        if link["kind"] == "ledger" and facts is not None:
            problems.append(f"{label} facts: a ledger link publishes no facts")
        if link["kind"] == "campaign":
            facts = facts if isinstance(facts, dict) else {}
            for key in ["campaign", "from", "to"]:
                if key not in facts:
                    problems.append(f"{label} facts.{key}: missing (a campaign link names its campaign and step)")
            for key in ["from", "to"]:
                if key in facts and facts[key] not in CAMPAIGN_STEPS:
                    problems.append(f"{label} facts.{key}: '{facts[key]}' is not a campaign step")
        links.append((label, entry_hash(link), link.get("previousRecordHash")))
        decoded[label] = link
    return links, decoded, problems


def link_number(name):
    """The number a chain link's file name gives (`00000042.json` → 42), or None for any other
    name: eight digits (more only for numbers past 99999999, never a leading zero then)."""
    match = re.fullmatch(r"([0-9]{8,})\.json", name)
    if match is None:
        return None
    digits = match.group(1)
    if len(digits) > 18 or len(digits) > 8 and digits.startswith("0") or int(digits) == 0:
        return None
    return int(digits)


def link_place_problems(order):
    """Each chain/ID.json must be the ID-th link of the chain (counting records, orders and
    replacements too, from 1), as the daemon numbered it: a renamed, renumbered or swapped file is
    named."""
    problems = []
    for index, name in enumerate(order):
        if name.startswith("chain/"):
            number = link_number(name[len("chain/"):])
            if number is not None and number != index + 1:
                problems.append(f"{name}: is link {index + 1} of the chain, but its name says {number}")
    return problems


def campaign_link_problems(order, decoded):
    """The campaign links in chain order: every campaign's steps go forward one at a time from
    mobilisation, each from the step the one before it went to."""
    problems, active = [], {}
    for name in order:
        link = decoded.get(name)
        if link is None or link.get("kind") != "campaign" or not isinstance(link.get("facts"), dict):
            continue
        facts = link["facts"]
        campaign, step_from, step_to = facts.get("campaign"), facts.get("from"), facts.get("to")
        if campaign is None or step_from not in CAMPAIGN_STEPS or step_to not in CAMPAIGN_STEPS:
            continue
        current = active.get(campaign, CAMPAIGN_STEPS[0])
        if step_from != current:
            problems.append(f"{name} facts.from: {step_from}, but the campaign's step before it in the chain is "
                            f"{current}")
        if CAMPAIGN_STEPS.index(step_to) != CAMPAIGN_STEPS.index(step_from) + 1:
            problems.append(f"{name} facts.to: {step_to} is not the step after {step_from} (campaign steps go forward "
                            f"one at a time)")
        active[campaign] = step_to
    return problems


def check_chain(base, head=None):
    """Every record, order and replacement of a public records folder, linked one after the other;
    each folder's date, name, commitment and seed against its record; and, given `head`, the chain
    ending exactly there. Returns (links, problems, the hash the chain ends at or None)."""
    links = []        # (name, hash, previous)
    problems = []
    sequences = []    # (record link name, [replacement link names])
    for day in sorted(os.listdir(base)):
        try:
            datetime.date.fromisoformat(day)
        except ValueError:
            continue
        if not os.path.isdir(f"{base}/{day}"):
            continue
        for name in sorted(os.listdir(f"{base}/{day}")):
            folder, label = f"{base}/{day}/{name}", f"{day}/{name}"
            if not os.path.isfile(f"{folder}/record.json"):
                continue
            data, record = read_json_file(f"{folder}/record.json", "draw record", strict=True)
            if not isinstance(record, dict):
                raise InputProblem(f"{folder}/record.json: not a draw record")
            record_link = f"{label}/record.json"
            links.append((record_link, hashlib.sha256(data).hexdigest(), record.get("previousRecordHash")))
            problems += label_problems(day, name, record)
            found, commitment = commitment_problems(folder, label, record)
            problems += found
            try:
                seed = read_seed(f"{folder}/seed.hex")
            except InputProblem:
                seed = None
                problems.append(f"{label}/seed.hex: missing or not 64 hex digits")
            if seed is not None and hashlib.sha256(seed).hexdigest() != record.get("seedCommitment"):
                # Another seed is the difference; what comes from it (the roster's snapshot hash, the
                # salts) is not checked, since it would blame files that were not changed.
                problems.append(f"{label}/seed.hex: hashes to {hashlib.sha256(seed).hexdigest()}, record.json's "
                                f"seedCommitment is {record.get('seedCommitment')}")
                problems.append(f"{label}/roster: not checked, nor the salts: the roster's snapshot hash and the "
                                "salts come from the seed, and seed.hex is not the seed record.json commits to")
                seed = None
            elif seed is not None and commitment is not None \
                    and hashlib.sha256(seed).hexdigest() != commitment.get("seedCommitment"):
                # record.json's seedCommitment differs from commitment.json's (named above).
                problems.append(f"{label}/roster: not checked, nor the salts: the roster's snapshot hash and the "
                                "salts come from the seed, and seed.hex is not the seed commitment.json commits to")
                seed = None
            problems += files_problems(folder, label, record, seed)
            if os.path.exists(f"{folder}/order.json"):
                data, order = read_entries(f"{folder}/order.json", "order entry")
                if isinstance(order, dict):
                    links.append((f"{label}/order.json", entry_hash(order), order.get("previousRecordHash")))
                if seed is not None:
                    problems += [f"{label}/{p}" for p in order_problems("order.json", order, data, record, seed)]
            elif record.get("kind") == "ordered":
                problems.append(f"{label}/order.json: missing (an ordered draw publishes its order)")
            replacement_links = []
            if os.path.exists(f"{folder}/replacements.json"):
                data, entries = read_entries(f"{folder}/replacements.json", "replacements list")
                if not isinstance(entries, list):
                    problems.append(f"{label}/replacements.json: not a list of replacement entries")
                    entries = []
                problems += [f"{label}/replacements.json {p}" for p in replacement_field_problems(entries)]
                for index, entry in enumerate(entries):
                    link = f"{label}/replacements.json[{index}]"
                    replacement_links.append(link)
                    if isinstance(entry, dict):
                        links.append((link, entry_hash(entry), entry.get("previousRecordHash")))
                if seed is not None:
                    problems += replacement_entry_problems(entries, seed, data, f"{label}/")
            if os.path.exists(f"{folder}/cancellation.json"):  # after the record and every replacement
                data, entry = read_entries(f"{folder}/cancellation.json", "cancellation entry")
                replacement_links.append(f"{label}/cancellation.json")
                if isinstance(entry, dict):
                    links.append((f"{label}/cancellation.json", entry_hash(entry), entry.get("previousRecordHash")))
                record_digest = next(digest for link, digest, _ in links if link == record_link)
                problems += cancellation_problems(f"{label}/cancellation.json", entry, data, record, record_digest, seed)
            sequences.append((record_link, replacement_links))
    event_list, events, event_problems = event_links(base)  # ledger changes and campaign steps
    links += event_list
    problems += event_problems
    by_hash = {}
    for name, digest, _ in links:
        if digest in by_hash:
            problems.append(f"{name}: the same bytes as {by_hash[digest]}")
        else:
            by_hash[digest] = name
    starts = [name for name, _, previous in links if previous is None]
    if links and not starts:
        problems.append("no record or entry starts the chain (the first one is missing)")
    elif len(starts) > 1:
        problems.append(f"the chain starts more than once: {', '.join(starts)} follow nothing")
    following = {}
    for name, digest, previous in links:
        if previous is None:
            continue
        if not isinstance(previous, str):  # a list or number here would stop the check itself
            problems.append(f"{name} previousRecordHash: is {json_kind(previous)}, not a string")
            continue
        if previous not in by_hash:
            problems.append(f"{name} previousRecordHash: {previous} is the hash of no record or entry in the folder "
                            f"(the one before it was deleted or edited)")
        following.setdefault(previous, []).append((name, digest))
    for previous in sorted(following):
        if len(following[previous]) > 1:
            names = " and ".join(name for name, _ in following[previous])
            problems.append(f"{names} all follow {by_hash.get(previous, previous)}")
    ends = [name for name, digest, _ in links if digest not in following]
    if len(ends) > 1:
        problems.append(f"the chain ends more than once: nothing follows {', '.join(ends)} (one was edited, or what "
                        f"followed it is missing)")
    order, seen = [], set()
    current = next(((name, digest) for name, digest, previous in links if previous is None), None) \
        if len(starts) == 1 else None
    while current is not None and current[1] not in seen:
        seen.add(current[1])
        order.append(current[0])
        current = (following.get(current[1]) or [None])[0]
    problems += campaign_link_problems(order, events)
    if len(order) == len(links):
        problems += link_place_problems(order)
    position = {name: index for index, name in enumerate(order)}
    for record_link, replacement_links in sequences:
        last = position.get(record_link)
        for name in replacement_links:
            here = position.get(name)
            if here is None:
                continue
            if last is not None and here < last:
                problems.append(f"{name}: comes before the record or replacement it follows in the chain")
            last = here
    digests = {name: digest for name, digest, _ in links}
    end = digests.get(order[-1]) if order and len(order) == len(links) else None
    if head is not None:
        problems += head_problems(head, end, links)
    return len(links), problems, end


# --- Values of the wrong type, named by file and field (before anything reads them) ---------------

def field_path(prefix, key):
    return f"{prefix}[{key}]" if isinstance(key, int) else (f"{prefix}.{key}" if prefix else key)


def json_type_name(kind):
    return {str: "a string", int: "an integer", bool: "a boolean", list: "a list", dict: "an object"}[kind]


def has_type(value, kind):
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)


def non_integer_problems(value, where):
    """Every number of the project's files is an integer: a fraction (or NaN, Infinity) anywhere is named."""
    if isinstance(value, float):
        return [f"{where}: is the number {value!r}, not an integer (the files hold whole numbers only)"]
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in non_integer_problems(item, field_path(where, key))]
    if isinstance(value, list):
        return [p for index, item in enumerate(value) for p in non_integer_problems(item, field_path(where, index))]
    return []


def shape_problems(value, shape, where, optional=False):
    """`value` against `shape`: a Python type, ("list", SHAPE) or a dict of key -> (SHAPE, required).
    null is accepted only for a field that may be absent (it then reads as absent)."""
    if value is None and optional:
        return []
    if isinstance(shape, tuple):
        if not isinstance(value, list):
            return [f"{where}: is {json_kind(value)}, not a list"]
        return [p for index, item in enumerate(value) for p in shape_problems(item, shape[1], field_path(where, index))]
    if isinstance(shape, dict):
        if not isinstance(value, dict):
            return [f"{where}: is {json_kind(value)}, not an object"]
        out = []
        for key, (inner, required) in shape.items():
            if key not in value:
                if required:
                    out.append(f"{field_path(where, key)}: missing")
                continue
            out += shape_problems(value[key], inner, field_path(where, key), optional=not required)
        return out
    if not has_type(value, shape):
        return [f"{where}: is {json_kind(value)}, not {json_type_name(shape)}"]
    return []


RECORD_SHAPE = {
    "algorithm": (str, True), "date": (str, True), "pool": (str, True), "kind": (str, True),
    "orderedDepartments": (("list", str), False), "policy": (dict, True), "policyHash": (str, True),
    "snapshotHash": (str, True), "seedCommitment": (str, True), "previousRecordHash": (str, False),
    "eligibleDepartments": (int, True), "eligibleWeight": (int, True), "shortfall": (int, True),
    "hiddenSlot": (str, False), "visit": (str, False), "salt": (str, False),
    "picks": (("list", {
        "order": (int, True), "department": (str, True), "weight": (int, False), "remainingWeight": (int, False),
        "ticket": (str, False), "attempt": (int, False), "outcome": (str, True), "blocker": (dict, False),
        "replacedBy": (str, False)}), True),
    "teams": (("list", {
        "department": (str, True), "departmentName": (str, True),
        "members": (("list", {"inspector": (str, True), "name": (str, True), "home": (str, True),
                              "role": (str, True)}), True)}), True),
}
POLICY_SHAPE = {field: (bool if kind == "bool" else int, False)
                for key, field, kind, _, _, _ in POLICY_KEYS if not key.startswith("power_weights.")}
POLICY_SHAPE["powerWeights"] = ({field: (int, False) for key, field, _, _, _, _ in POLICY_KEYS
                                 if key.startswith("power_weights.")}, False)
POLICY_SHAPE["composition"] = ({"leadFrom": (("list", str), False),
                                "memberFrom": (("list", ("list", str)), False)}, False)
COMMITMENT_SHAPE = {key: (("list", str) if key == "orderedDepartments" else str,
                          key not in ("orderedDepartments", "previousRecordHash", "hiddenSlot", "visit"))
                    for key in COMMITMENT_FIELDS}
ORDER_SHAPE = {"date": (str, True), "pool": (str, True), "departments": (("list", str), True),
               "salt": (str, True), "previousRecordHash": (str, False), "reason": (str, False),
               "category": (str, False), "reasonCommitment": (str, False)}


def record_type_problems(record, path):
    """record.json's values by type, each as `PATH: FIELD: ...` (Swift: RecordCoding)."""
    if not isinstance(record, dict):
        return [f"{path}: is {json_kind(record)}, not a draw record (a JSON object)"]
    out = non_integer_problems(record, "")
    out += shape_problems(record, RECORD_SHAPE, "")
    if isinstance(record.get("policy"), dict):
        out += shape_problems(record["policy"], POLICY_SHAPE, "policy")
        weights = record["policy"].get("powerWeights")
        out += [f"{where}: is null (a policy value is a number or a boolean)"
                for where, value in list(record["policy"].items())
                + [(f"powerWeights.{k}", v) for k, v in (weights.items() if isinstance(weights, dict) else [])]
                if value is None]
    for index, pick in enumerate(record.get("picks") if isinstance(record.get("picks"), list) else []):
        blocker = pick.get("blocker") if isinstance(pick, dict) else None
        if isinstance(blocker, dict):
            out += shape_problems(blocker, {"code": (str, True), "message": (str, True)},
                                  f"picks[{index}].blocker")
    return [f"{path}: {p}" for p in out]


def commitment_type_problems(commitment, path):
    """commitment.json: a JSON object holding exactly the commitment's fields, each of its type."""
    if not isinstance(commitment, dict):
        return [f"{path}: is {json_kind(commitment)}, not a commitment (a JSON object)"]
    out = non_integer_problems(commitment, "") + shape_problems(commitment, COMMITMENT_SHAPE, "")
    return [f"{path}: {p}" for p in out]


def order_type_problems(order, path):
    """order.json's values by type, each as `PATH: FIELD: ...`."""
    if not isinstance(order, dict):
        return [f"{path}: is {json_kind(order)}, not an order entry (a JSON object)"]
    return [f"{path}: {p}" for p in non_integer_problems(order, "") + shape_problems(order, ORDER_SHAPE, "")]


def link_type_problems(link):
    """A chain link's fields by type, each as `FIELD: ...` (Swift: ChainLinkFields.swift): kind, day
    and digest required strings (kind ledger or campaign, day a date YYYY-MM-DD); previousRecordHash
    a string when present; facts, when present, an object of strings; null no value of any of them;
    no fraction anywhere."""
    out = non_integer_problems(link, "")
    for key in ["kind", "day", "digest"]:
        if key not in link:
            out.append(f"{key}: missing (a chain link has kind, day and digest)")
        elif not isinstance(link[key], str):
            out.append(f"{key}: is {json_kind(link[key])}, not a string")
    kind, day = link.get("kind"), link.get("day")
    if isinstance(kind, str) and kind not in ("ledger", "campaign"):
        out.append(f"kind: '{kind}' is neither ledger nor campaign")
    if isinstance(day, str) and not is_iso_day(day):
        out.append(f"day: '{day}' is not a date YYYY-MM-DD")
    value = link.get("previousRecordHash")
    if "previousRecordHash" in link and not isinstance(value, str):
        out.append(f"previousRecordHash: is {json_kind(value)}, not a string")
    if "facts" in link:
        facts = link["facts"]
        if not isinstance(facts, dict):
            out.append(f"facts: is {json_kind(facts)}, not an object")
        else:
            out += [f"facts.{key}: is {json_kind(facts[key])}, not a string"
                    for key in sorted(facts, key=byte_key) if not isinstance(facts[key], str)]
    return out


def is_iso_day(text):
    """Whether `text` is a date written YYYY-MM-DD exactly (as Swift's Day(iso:) reads it)."""
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text) is None:
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def folder_hidden_opening(folder):
    """hidden-slot.txt of a public record folder, checked: a damaged file is named (not taken for
    a wrong --hidden-slot option)."""
    text = read_hidden_opening(folder)
    if text is None:
        return None
    try:
        parse_hidden_slot(text)
    except InputProblem:
        raise InputProblem(f"{folder}/hidden-slot.txt: not DEPARTMENT:SALT (the salt 64 hex digits)")
    return text


# What a per-draw check proves about replacements, and what only the chain or the signed manifest proves.
REPLACEMENTS_SCOPE = ("replacements: {what}; a per-draw check cannot tell whether newer replacements were "
                      "dropped or a reason or time edited: `verify_draw.py --chain PUBLIC --head HASH` (HASH from "
                      "another source) or `spotcheck verify --publication DIR --key HEX` proves that.")


def replacements_scope_line(replacements):
    if replacements is None:
        what = "none in this folder"
    else:
        what = f"{len(replacements)} checked (each allowed, salted and linked in order)"
    return REPLACEMENTS_SCOPE.format(what=what)


def publication_of(folder):
    """(DIR, "draws/DATE/NAME") when `folder` is DIR/draws/DATE/NAME and DIR holds manifest.json."""
    parts = os.path.abspath(folder).split(os.sep)
    if len(parts) < 4 or parts[-3] != "draws":
        return None
    root = os.sep.join(parts[:-3]) or os.sep
    if not os.path.isfile(os.path.join(root, "manifest.json")):
        return None
    return root, "/".join(parts[-3:])


def manifest_problems(folder):
    """(files compared, problems, DIR) of a draw folder inside a publication against DIR/manifest.json's
    hashes, or None outside one. The signature is `spotcheck verify --publication`'s to check."""
    place = publication_of(folder)
    if place is None:
        return None
    root, relative = place
    path = os.path.join(root, "manifest.json")
    manifest = read_json(path, "publication manifest")
    entries = manifest.get("files") if isinstance(manifest, dict) else None
    if not isinstance(entries, list) or any(
            not isinstance(e, dict) or not isinstance(e.get("path"), str) or not isinstance(e.get("sha256"), str)
            for e in entries):
        raise InputProblem(f"{path}: files: not a list of {{path, sha256, size}} objects")
    listed = {e["path"]: e["sha256"] for e in entries if e["path"].startswith(relative + "/")}
    found = {}
    for here, dirs, files in os.walk(folder):
        dirs.sort()
        for name in files:
            full = os.path.join(here, name)
            found[relative + "/" + os.path.relpath(full, folder).replace(os.sep, "/")] = \
                hashlib.sha256(read_limited(full)).hexdigest()
    problems = []
    for name in sorted(set(listed) | set(found), key=byte_key):
        if name not in found:
            problems.append(f"{name}: missing (listed in {path})")
        elif name not in listed:
            problems.append(f"{name}: not listed in {path} (added after the publication was signed)")
        elif found[name] != listed[name]:
            problems.append(f"{name}: changed (SHA-256 {found[name]}; {path} says {listed[name]})")
    return len(listed), problems, root


# --- Command line --------------------------------------------------------------------------------

def read_json(path, what):
    return read_json_file(path, what)[1]


def read_seed(path):
    """The revealed seed held in `path`; a missing file or one that is not 64 hex digits is named,
    with what to do (never the system's or the hex parser's own words)."""
    try:
        data = read_limited(path, 4096)
    except FileNotFoundError:
        raise InputProblem(f"{path}: missing (it holds the draw's seed, 64 hex digits, revealed once the day's "
                           "assignments are; give the file that holds it, or the seed itself with --seed)")
    try:
        seed = strict_hex(data.strip().decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        seed = None
    if seed is None or len(seed) != 32:
        raise InputProblem(f"{path}: not a seed: a seed file holds 64 hex digits (0-9, a-f) and nothing else; "
                           "copy the revealed seed into it again")
    return seed


# --chain checks links only; the auditors' openings check one draw's folder (docs/draw-algorithm.md §7).
CHAIN_WITHOUT_OPENINGS = ("verify_draw: --conflict-salts and --order-reasons open one draw's commitments and are not "
                          "checked with --chain: give them with that draw's public record folder instead "
                          "(verify_draw.py DIR/DATE/NAME --conflict-salts FILE), and check the chain with --chain "
                          "alone")


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Re-derive and verify a Spotcheck draw record independently.",
        epilog="exit status: 0 everything checked out; 1 something does not check out (each difference is "
               "named); 2 the check could not be made (an input cannot be read, or the command line is wrong). "
               "See docs/verifying.md.")
    parser.add_argument("record", nargs="?", help="the draw record (JSON), or a public record folder")
    parser.add_argument("--chain", metavar="DIR",
                        help="check the hash chain of a public records folder (DIR/DATE/NAME/) instead")
    parser.add_argument("--head", metavar="HASH",
                        help="with --chain: the hash the chain must end at, from a source other than the folder "
                             "(the journal, a later day's commitment.json)")
    parser.add_argument("--seed-file", help="a file holding the revealed seed (64 hex digits)")
    parser.add_argument("--seed", help="the revealed seed itself, 64 hex digits (instead of --seed-file)")
    parser.add_argument("--roster", help="folder with the roster CSV files the draw was made on")
    parser.add_argument("--policy", help="the policy: TOML ([policy]) or canonical text (spotcheck-policy/2)")
    parser.add_argument("--commitment", help="the published commitment (commitment.json)")
    parser.add_argument("--replacements", help="the replacements made to the draw's teams (JSON array)")
    parser.add_argument("--hidden-slot", metavar="DEPARTMENT:SALT",
                        help="the opening of a hidden complaint-driven slot, published once the complaint is closed")
    parser.add_argument("--conflict-salts", metavar="FILE",
                        help="auditors: the daemon's private conflict salts (STATE/private/conflict-salts.csv); "
                             "every published reason commitment must open to a declared reason")
    parser.add_argument("--order-reasons", metavar="FILE",
                        help="auditors: the daemon's private order reasons (STATE/private/order-reasons.csv); "
                             "the order's reason commitment must open to its reason")
    parser.add_argument("--print", dest="print_record", action="store_true",
                        help="print the derived record as canonical JSON (as `spotcheck draw --json`)")
    args = parser.parse_args(argv)
    try:
        import pysat.solvers  # noqa: F401  (the feasibility oracle; checked before any work)
    except ImportError:
        print("verify_draw: python-sat is needed as the feasibility oracle: pip install python-sat", file=sys.stderr)
        return 2
    if args.chain is not None:
        if args.conflict_salts or args.order_reasons:
            print(CHAIN_WITHOUT_OPENINGS, file=sys.stderr)
            return 2
        if args.record or args.seed_file or args.seed or args.roster or args.policy or args.commitment \
                or args.replacements or args.print_record:
            print("verify_draw: --chain takes the public records folder alone", file=sys.stderr)
            return 2
        head = None
        if args.head is not None:
            head = args.head.lower()
            if len(head) != 64 or any(c not in "0123456789abcdef" for c in head):
                print("verify_draw: --head must be a SHA-256 hash, 64 hex digits", file=sys.stderr)
                return 2
        base = args.chain.rstrip("/") or "/"
        if not os.path.lexists(base):  # a public folder before its first draw, or a mistyped name
            parent = os.path.dirname(base) or "."
            if os.path.isdir(parent):
                print(f"verify_draw: {base}: does not exist yet: no draw has been published here (records are "
                      "published when the inspection day is over)", file=sys.stderr)
            else:
                print(f"verify_draw: {base}: no such folder (check its name)", file=sys.stderr)
            return 2
        try:
            count, problems, end = check_chain(base, head)
        except (InputProblem, OSError) as error:
            print(f"verify_draw: {error}", file=sys.stderr)
            return 2
        if problems:
            print("The chain is BROKEN:")
            for problem in problems:
                print(f"  - {problem}")
            return 1
        print(f"OK: {count} records and entries, each linked to the one before.")
        print(f"head: {end if end is not None else 'none (the folder holds no draw)'}")
        return 0
    if args.head is not None:
        print("verify_draw: --head goes with --chain DIR", file=sys.stderr)
        return 2
    if not args.record:
        print("verify_draw: give a record file or a public record folder (or --chain DIR)", file=sys.stderr)
        return 2
    order_path = None
    visit_folder = None
    try:
        if not os.path.exists(args.record):
            raise InputProblem(f"{args.record}: missing (no such record file or public record folder)")
        if os.path.isdir(args.record):
            folder = args.record.rstrip("/")
            if args.seed_file or args.seed or args.roster or args.policy or args.commitment or args.replacements:
                raise InputProblem("a public record folder brings its own seed, roster, policy and commitment")
            record_path = f"{folder}/record.json"
            seed_path, roster_path, policy_path = f"{folder}/seed.hex", f"{folder}/roster", f"{folder}/policy.txt"
            commitment_path = f"{folder}/commitment.json"
            replacements_path = f"{folder}/replacements.json" if os.path.exists(f"{folder}/replacements.json") else None
            order_path = f"{folder}/order.json"
            visit_folder = folder
            args.hidden_slot = args.hidden_slot or folder_hidden_opening(folder)  # §8
        else:
            if (args.seed_file is None) == (args.seed is None) or not args.roster:
                raise InputProblem("give --roster and one of --seed-file or --seed with a record file "
                                   "(or a public record folder)")
            record_path, seed_path, roster_path = args.record, args.seed_file, args.roster
            policy_path = args.policy or f"{args.roster.rstrip('/')}/policy.toml"
            commitment_path, replacements_path = args.commitment, args.replacements
        record = read_json_file(record_path, "draw record", strict=True)[1]
        typed = record_type_problems(record, record_path)
        if typed:
            raise InputProblem("\n".join(typed))
        if args.seed is not None:
            try:
                seed = strict_hex(args.seed)
            except ValueError:
                raise InputProblem("--seed must be 64 hex digits")
            if len(seed) != 32:
                raise InputProblem("--seed must be 64 hex digits (32 bytes)")
        else:
            seed = read_seed(seed_path)
        roster = load_roster(roster_path)
        if args.policy is None and not os.path.isdir(args.record) and not os.path.exists(policy_path):
            policy = {key: default for key, _, _, default, _, _ in POLICY_KEYS}
        else:
            policy = load_policy(policy_path)
        commitment = read_json(commitment_path, "commitment") if commitment_path else None
        typed = commitment_type_problems(commitment, commitment_path) if commitment_path else []
        if typed:
            raise InputProblem("\n".join(typed))
        replacements_data, replacements = read_entries(replacements_path, "replacements list") \
            if replacements_path else (None, None)
        order_data, order = read_entries(order_path, "order entry") \
            if order_path and os.path.exists(order_path) else (None, None)
        if replacements_path and not isinstance(replacements, list):
            raise InputProblem(f"{replacements_path}: not a JSON array")
        try:
            date = datetime.date.fromisoformat(record["date"])
            pool = record["pool"]
            ordered = record.get("orderedDepartments")
            previous = record.get("previousRecordHash")
        except (KeyError, TypeError, ValueError) as error:
            raise InputProblem(f"{record_path}: not a draw record ({error})")
    except InputProblem as error:
        print(f"verify_draw: {error}", file=sys.stderr)
        return 2

    problems = []
    if order_path and replacements == []:  # a public folder: no replacements, no file
        problems.append(f"{replacements_path}: an empty list (a draw without replacements publishes no "
                        "replacements.json)")
    use_algorithm(record.get("algorithm"))
    if record.get("algorithm") != ALGORITHM:
        problems.append(f"algorithm: the record says {record.get('algorithm')!r}, this verifier knows {ALGORITHM!r}")
    if commitment is not None:
        for key in COMMITMENT_FIELDS:
            if commitment.get(key) != record.get(key):
                problems.append(f"commitment {key}: the commitment says {show(commitment.get(key))}, "
                                f"the record says {show(record.get(key))}")
        extra = set(commitment) - set(COMMITMENT_FIELDS)
        if extra:
            problems.append(f"{commitment_path}: unknown field {sorted(extra)[0]} (a commitment holds only the "
                            "fields the record commits to)")
    if (record.get("kind") == "ordered") != (ordered is not None):
        problems.append("orderedDepartments: present exactly when the kind is ordered")
    seed_hash = hashlib.sha256(seed).hexdigest()
    if seed_hash != record.get("seedCommitment"):
        problems.append(f"seedCommitment: the record says {record.get('seedCommitment')}, the seed hashes to {seed_hash}")
        # The snapshot is salted with the seed: another seed changes its hash, not the roster.
        problems.append(SEED_DERIVED_NOT_CHECKED)
    elif commitment is not None and seed_hash != commitment.get("seedCommitment"):
        # record.json's seedCommitment differs from the published one (named above).
        problems.append(SEED_NOT_COMMITTED_NOT_CHECKED)
    else:
        snapshot = snapshot_hash(roster, seed)
        if snapshot != record.get("snapshotHash"):
            # Without a published commitment the seed may be the one changed (with the record's
            # seedCommitment edited to match it).
            problems.append(f"snapshotHash: the record says {record.get('snapshotHash')}, the roster and the seed "
                            f"hash to {snapshot}: {ROSTER_OR_SEED}")
    policy_hash = hashlib.sha256(policy_text(policy)).hexdigest()
    if policy_hash != record.get("policyHash"):
        problems.append(f"policyHash: the record says {record.get('policyHash')}, the policy hashes to {policy_hash}")
    theirs = policy_json(policy)
    mine = record.get("policy") if isinstance(record.get("policy"), dict) else {}
    for key, field, _, _, _, _ in POLICY_KEYS:
        have = (mine.get("powerWeights") or {}).get(field) if key.startswith("power_weights.") else mine.get(field)
        want = theirs["powerWeights"][field] if key.startswith("power_weights.") else theirs[field]
        if have != want:
            problems.append(f"policy.{key}: the record says {show(have)}, the policy file says {show(want)}")

    problems += composition_roster_problems(policy, roster)
    problems += visit_problems(visit_folder)
    problems += visit_record_problems(visit_folder, record)
    if args.conflict_salts:
        try:
            problems += conflict_opening_problems(roster, args.conflict_salts)
        except InputProblem as error:
            print(f"verify_draw: {error}", file=sys.stderr)
            return 2
    derived = None
    if record.get("hiddenSlot") is not None and not args.hidden_slot:
        problems.append("hiddenSlot: the draw hides a complaint-driven slot; give its opening (--hidden-slot)")
    if not problems or args.print_record:
        try:
            if args.hidden_slot:
                hidden_department, hidden_salt = parse_hidden_slot(args.hidden_slot)
                opened = hidden_slot_commitment(hidden_department, hidden_salt)
                if record.get("hiddenSlot") != opened:
                    raise InputProblem(f"hiddenSlot: the record commits to {record.get('hiddenSlot')}, "
                                       f"the opening hashes to {opened}")
                derived = derive_hidden(roster, policy, seed, date, pool, previous, hidden_department, hidden_salt)
            else:
                derived = derive(roster, policy, seed, date, pool, ordered, previous)
        except InputProblem as error:
            problems.append(f"the draw cannot be recomputed: {error}")
    derived = bind_visit(record, derived)
    if derived is not None and not problems:
        problems += compare(record, derived)
        fields = replacement_field_problems(replacements)
        if fields:  # a field of the wrong type: named, the entries left unread (as spotcheck verify does)
            problems += [f"{replacements_path}: {p}" for p in fields]
        elif replacements is not None:
            problems += check_replacements(replacements, record, roster, policy)
            with open(record_path, "rb") as handle:
                record_hash = hashlib.sha256(handle.read()).hexdigest()
            problems += replacement_choice_problems(replacements, record, record_hash, roster, policy,
                                                    replacements_path)
            problems += replacement_entry_problems(replacements, seed, replacements_data if order_path else None)
        typed = order_type_problems(order, "order.json") if order_data is not None else []
        if typed:
            problems += typed
        elif order is not None:
            problems += order_problems("order.json", order, order_data, record, seed)
            if args.order_reasons:
                try:
                    problems += order_opening_problems(order, args.order_reasons)
                except InputProblem as error:
                    print(f"verify_draw: {error}", file=sys.stderr)
                    return 2
            if order_path:
                problems += ledger_sample_problems(os.path.dirname(order_path), record, seed, order)
        elif order_path and record.get("kind") == "ordered":
            problems.append("order.json: missing (an ordered draw publishes its order)")
        elif args.order_reasons:
            problems.append("order.json: missing (--order-reasons opens the reason of an ordered draw's order)")
    published = None
    if visit_folder:
        try:
            published = manifest_problems(visit_folder)
        except (InputProblem, OSError) as error:
            print(f"verify_draw: {error}", file=sys.stderr)
            return 2
        if published:
            problems += published[1]
    if args.print_record and derived is not None:
        sys.stdout.buffer.write(canonical_json(derived))
        sys.stdout.flush()
        for problem in problems:
            print(f"verify_draw: {problem}", file=sys.stderr)
    elif problems:
        print("The record does NOT check out:")
        for problem in problems:
            print(f"  - {problem}")
    else:
        print(f"OK: {len(record['picks'])} picks and {len(record['teams'])} teams on {record['date']} "
              f"(pool {record['pool']}) re-derived field by field from the seed, roster and policy.")
        print_visit(visit_folder)
        print(replacements_scope_line(replacements))
        if published:
            print(f"publication: the folder's {published[0]} files match the hashes of {published[2]}/manifest.json "
                  f"(its signature: `spotcheck verify --publication {published[2]} --key HEX`).")
    return 1 if problems else 0


def guarded_main(argv=None):
    """main, with a last net under it: a value of a type no check foresaw is a refusal, never a traceback."""
    try:
        return main(argv)
    except (TypeError, AttributeError, KeyError, IndexError, ValueError) as error:
        print(f"verify_draw: a file holds a value of an unexpected type or form ({type(error).__name__}: {error}); "
              "refused", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(guarded_main())
