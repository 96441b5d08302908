#!/usr/bin/env python3
"""Independent verifier for Spotcheck draw records.

Recomputes the targets of a draw from its record, the revealed seed and the roster files, and
checks every team against every recusal rule. It uses the Python standard library only and
follows docs/draw-algorithm.md, not the Swift code: it is the proof that the algorithm can be
implemented from its description.

Usage:
    tools/verify_draw.py RECORD.json --seed HEX --roster DIR
    tools/verify_draw.py RECORD.json --seed-file FILE --roster DIR [--json]

Exit status: 0 when the record checks out, 1 when it does not (each problem is listed),
2 when the inputs cannot be read.
"""

import argparse
import csv
import datetime
import hashlib
import hmac
import io
import json
import sys

ALGORITHM = "spotcheck-draw/1"


class InputProblem(Exception):
    pass


# --- Roster ---------------------------------------------------------------------------------

def read_csv(path, required=True):
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        if required:
            raise InputProblem(f"{path}: no such file")
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputProblem(f"{path}: not UTF-8 ({error})")
    rows = [[field.strip(" \t") for field in row] for row in csv.reader(io.StringIO(text, newline=""))]
    rows = [row for row in rows if row and row != [""]]
    if not rows:
        raise InputProblem(f"{path}: empty")
    header = rows[0]
    return [dict(zip(header, row)) for row in rows[1:]]


def items(text):
    """A ';'-separated list: trimmed, empties dropped, duplicates dropped (first kept)."""
    out = []
    for item in text.split(";"):
        item = item.strip(" \t")
        if item and item not in out:
            out.append(item)
    return out


def day(text):
    return datetime.date.fromisoformat(text)


def load_roster(folder):
    folder = folder.rstrip("/")
    departments = {}
    for row in read_csv(f"{folder}/departments.csv"):
        departments[row["id"]] = {
            "id": row["id"],
            "name": row["name"],
            "weight": int(row["weight"]) if row["weight"] else None,
            "powers": sorted(set(items(row["powers"]))),
            "skills": items(row["required_skills"]),
            "pools": items(row["pools"]),
        }
    inspectors = {}
    for row in read_csv(f"{folder}/inspectors.csv"):
        ranges = []
        for item in items(row["unavailable"]):
            if ".." in item:
                start, end = (day(part) for part in item.split(".."))
            else:
                start = end = day(item)
            ranges.append((start, end))
        unavailable = []  # sorted, merged ranges, as the snapshot writes them
        for start, end in sorted(ranges):
            if unavailable and start <= unavailable[-1][1] + datetime.timedelta(days=1):
                unavailable[-1] = (unavailable[-1][0], max(end, unavailable[-1][1]))
            else:
                unavailable.append((start, end))
        former = []
        for item in items(row["former"]):
            department, left = item.split("@")
            former.append((department, day(left)))
        inspectors[row["id"]] = {
            "id": row["id"],
            "name": row["name"],
            "login": row["login"],
            "home": row["home"],
            "former": former,
            "skills": items(row["skills"]),
            "lead": row["can_lead"].lower() in ("yes", "true", "1", "y"),
            "unavailable": unavailable,
            "cap": int(row["daily_cap"]) if row["daily_cap"] else 1,
        }
    conflicts = []
    for row in read_csv(f"{folder}/conflicts.csv", required=False) or []:
        conflicts.append({
            "inspector": row["inspector"],
            "department": row["department"],
            "reason": row["reason"],
            "until": day(row["until"]) if row["until"] else None,
        })
    history = []
    for row in read_csv(f"{folder}/history.csv", required=False) or []:
        history.append((day(row["date"]), row["inspector"], row["department"]))
    return departments, inspectors, conflicts, history


def byte_key(text):
    return text.encode("utf-8")


def canonical_text(departments, inspectors, conflicts, history):
    def escape(field):
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")

    def line(fields):
        return "\t".join(escape(field) for field in fields) + "\n"

    def joined(values):
        return ",".join(sorted(values, key=byte_key))

    lines = ["spotcheck-snapshot/1\n"]
    for key in sorted(departments, key=byte_key):
        d = departments[key]
        lines.append(line(["department", d["id"], d["name"], "" if d["weight"] is None else str(d["weight"]),
                           joined(d["powers"]), joined(d["skills"]), joined(d["pools"])]))
    for key in sorted(inspectors, key=byte_key):
        i = inspectors[key]
        lines.append(line(["inspector", i["id"], i["name"], i["login"], i["home"],
                           joined(f"{d}:{left.isoformat()}" for d, left in i["former"]),
                           joined(i["skills"]), "1" if i["lead"] else "0",
                           joined(f"{a.isoformat()}..{b.isoformat()}" for a, b in i["unavailable"]), str(i["cap"])]))
    lines += sorted((line(["conflict", c["inspector"], c["department"], c["reason"],
                           c["until"].isoformat() if c["until"] else ""]) for c in conflicts), key=byte_key)
    lines += sorted((line(["assignment", d.isoformat(), i, dep]) for d, i, dep in history), key=byte_key)
    return "".join(lines)


# --- The draw -------------------------------------------------------------------------------

def uniform(seed, label, bound):
    """A uniform integer below bound from HMAC-SHA256(seed, label/attempt), by rejection."""
    excess = (1 << 64) % bound
    attempt = 0
    while True:
        code = hmac.new(seed, f"{label}/{attempt}".encode("utf-8"), hashlib.sha256).digest()
        word = int.from_bytes(code[:8], "big")
        if word < (1 << 64) - excess:
            return word % bound, attempt
        attempt += 1


def weight_of(department, policy):
    if department["weight"] is not None:
        return department["weight"]
    names = {"approval": "approval", "enforcement": "enforcement", "fund-allocation": "fundAllocation"}
    return policy["baseWeight"] + sum(policy["powerWeights"][names[p]] for p in department["powers"])


def eligible_departments(record, departments, history):
    policy = record["policy"]
    date = day(record["date"])
    last = {}
    for when, _, department in history:
        if when < date and (department not in last or last[department] < when):
            last[department] = when
    out = []
    for key in sorted(departments, key=byte_key):
        d = departments[key]
        if record["pool"] not in d["pools"] or weight_of(d, policy) <= 0:
            continue
        cooldown = policy["cooldownDays"]
        if key in last and cooldown > 0 and date <= last[key] + datetime.timedelta(days=cooldown - 1):
            continue
        out.append((key, weight_of(d, policy)))
    return out


def check(record, seed, roster):
    departments, inspectors, conflicts, history = roster
    problems = []
    if record.get("algorithm") != ALGORITHM:
        return [f"algorithm is {record.get('algorithm')!r}, this verifier knows {ALGORITHM!r}"]
    if hashlib.sha256(seed).hexdigest() != record["seedCommitment"]:
        problems.append("the seed does not hash to the record's seed commitment")
    snapshot = hashlib.sha256(canonical_text(*roster).encode("utf-8")).hexdigest()
    if snapshot != record["snapshotHash"]:
        problems.append(f"the roster hashes to {snapshot}, the record says {record['snapshotHash']}")
    if problems:
        return problems

    policy = record["policy"]
    date = day(record["date"])
    picks = record["picks"]

    # Targets: successive weighted draws over the eligible departments in id order.
    if record["mode"] == "random":
        remaining = eligible_departments(record, departments, history)
        if len(remaining) != record["eligibleDepartments"]:
            problems.append(f"{len(remaining)} departments are eligible, the record says {record['eligibleDepartments']}")
        if sum(w for _, w in remaining) != record["eligibleWeight"]:
            problems.append("the eligible weight differs from the record's")
        for k, pick in enumerate(picks, start=1):
            total = sum(w for _, w in remaining)
            if total == 0:
                problems.append(f"pick {k}: nothing is left to draw")
                break
            ticket, attempt = uniform(seed, f"spotcheck/v1/target/{k}", total)
            running = 0
            for index, (key, weight) in enumerate(remaining):
                running += weight
                if running > ticket:
                    break
            expected = (key, weight, total, str(ticket), attempt)
            found = (pick["department"], pick.get("weight"), pick.get("remainingWeight"), pick.get("ticket"),
                     pick.get("attempt"))
            if expected != found:
                problems.append(f"pick {k}: expected {expected}, the record has {found}")
            del remaining[index]

    # The picks' outcomes agree with the teams, in sample order.
    staffed = [p["department"] for p in picks if p["outcome"] == "target"]
    teams = record["teams"]
    if staffed != [t["department"] for t in teams]:
        problems.append("the staffed picks and the teams differ")
    wanted = policy["targetsPerDraw"] if record["mode"] == "random" else len(picks)
    if len(teams) + record["shortfall"] != wanted:
        problems.append("teams plus shortfall differ from the number of targets wanted")
    if record["mode"] == "random" and len(teams) < wanted and picks and len(picks) < record["eligibleDepartments"]:
        problems.append("the draw stopped short while departments were left to draw")
    for pick in picks:
        if pick["outcome"] != "target" and not pick.get("blocker"):
            problems.append(f"pick {pick['order']}: {pick['department']} was not staffed but no reason is given")

    # Every team under every rule.
    load = {}
    for when, inspector, _ in history:
        if when == date:
            load[inspector] = load.get(inspector, 0) + 1
    last_visit = {}
    for when, inspector, department in history:
        if when < date:
            key = (inspector, department)
            if key not in last_visit or last_visit[key] < when:
                last_visit[key] = when
    directions = set()
    for team in teams:
        for member in team["members"]:
            directions.add((inspectors[member["inspector"]]["home"], team["department"]))

    for team in teams:
        target = team["department"]
        members = team["members"]
        where = f"team for {target}"
        if target not in departments:
            problems.append(f"{where}: unknown department")
            continue
        if len(members) != policy["teamSize"]:
            problems.append(f"{where}: {len(members)} members, the policy says {policy['teamSize']}")
        ids = [m["inspector"] for m in members]
        if len(set(ids)) != len(ids):
            problems.append(f"{where}: an inspector appears twice")
        if any(i not in inspectors for i in ids):
            problems.append(f"{where}: unknown inspector")
            continue
        leads = [m for m in members if m["role"] == "lead"]
        if policy["leadRequired"] and (len(leads) != 1 or not inspectors[leads[0]["inspector"]]["lead"]):
            problems.append(f"{where}: no single qualified lead")
        skills = set()
        for i in ids:
            skills.update(inspectors[i]["skills"])
        for skill in departments[target]["skills"]:
            if skill not in skills:
                problems.append(f"{where}: nobody has the required skill {skill!r}")
        homes = {inspectors[i]["home"] for i in ids}
        if len(homes) < policy["minHomeDepartments"]:
            problems.append(f"{where}: members from {len(homes)} home departments, at least "
                            f"{policy['minHomeDepartments']} required")
        for i in ids:
            person = inspectors[i]
            who = f"{where}: {i}"
            if person["home"] == target:
                problems.append(f"{who} works in the department")
            for department, left in person["former"]:
                if department == target and date <= left + datetime.timedelta(days=policy["formerDepartmentWindowDays"] - 1):
                    problems.append(f"{who} left the department on {left}")
            for c in conflicts:
                if c["inspector"] == i and c["department"] == target and (c["until"] is None or c["until"] >= date):
                    problems.append(f"{who} has a declared conflict: {c['reason']}")
            visit = last_visit.get((i, target))
            if visit and date <= visit + datetime.timedelta(days=policy["rotationWindowDays"] - 1):
                problems.append(f"{who} inspected the department on {visit}")
            if any(a <= date <= b for a, b in person["unavailable"]):
                problems.append(f"{who} is unavailable on {date}")
            load[i] = load.get(i, 0) + 1
            if load[i] > person["cap"]:
                problems.append(f"{who} is over the daily cap of {person['cap']}")
            if policy["reciprocalBan"] and (target, person["home"]) in directions:
                problems.append(f"{who}: {target} inspects {person['home']} in the same round (reciprocal)")
    return problems


def main(argv=None):
    parser = argparse.ArgumentParser(description="Verify a Spotcheck draw record independently.")
    parser.add_argument("record", help="the draw record (JSON)")
    parser.add_argument("--seed", help="the revealed seed, 64 hex digits")
    parser.add_argument("--seed-file", help="a file holding the seed")
    parser.add_argument("--roster", required=True, help="folder with the roster CSV files")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    try:
        if (args.seed is None) == (args.seed_file is None):
            raise InputProblem("give exactly one of --seed or --seed-file")
        text = args.seed if args.seed is not None else open(args.seed_file).read().strip()
        seed = bytes.fromhex(text)
        if len(seed) != 32:
            raise InputProblem("the seed must be 32 bytes (64 hex digits)")
        with open(args.record, encoding="utf-8") as handle:
            record = json.load(handle)
        roster = load_roster(args.roster)
    except (InputProblem, ValueError, KeyError, OSError) as error:
        print(f"verify_draw: {error}", file=sys.stderr)
        return 2
    problems = check(record, seed, roster)
    if args.json:
        print(json.dumps({"ok": not problems, "problems": problems}, ensure_ascii=False, indent=2))
    elif problems:
        print("The record does NOT check out:")
        for problem in problems:
            print(f"  - {problem}")
    else:
        print(f"OK: {len(record['picks'])} picks and {len(record['teams'])} teams on {record['date']} "
              f"(pool {record['pool']}) reproduce from the seed and satisfy every rule.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
