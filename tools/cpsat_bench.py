#!/usr/bin/env python3
"""The staffing question of a benchmark instance, answered by OR-Tools CP-SAT.

Reads the JSON written by `spotcheck bench --export DIR` (one file per instance: inspectors
available on the date, targets with required skills and excluded inspectors, the policy's team
rules) and answers it the way a targeted draw does: each target, in order, is accepted when it
can be staffed together with the targets accepted before it. All targets are asked together
first; when that fails, the first refused target is the first whose prefix of the remaining
targets (with those accepted) cannot be staffed — found by bisection, since adding targets
never makes a staffing possible — and the search goes on after it. Prints one line per file:
the file, the seconds CP-SAT took (Python start and JSON reading not counted, model building
counted), and the refused targets (`-` for none), tab-separated. With `--time-limit SECONDS`
a file not answered within that time prints `timeout` instead of the seconds; a model of more
than `--max-pairs` (target, eligible inspector) pairs is not built and prints `too-large` and
the number of pairs.

A benchmark tool, not a product dependency: `spotcheck bench --compare` runs it in a virtual
environment of its own with `pip install ortools`.
"""
import argparse
import json
import sys
import time

from ortools.sat.python import cp_model


class Timeout(Exception):
    pass


def feasible(question, targets, deadline=None):
    inspectors = question["inspectors"]
    size = question["team_size"]
    model = cp_model.CpModel()
    per_target = []
    per_inspector = [[] for _ in inspectors]
    for target in targets:
        if deadline is not None and time.monotonic() > deadline:
            raise Timeout()
        excluded = set(target["excluded"])
        mine = []
        for i, person in enumerate(inspectors):
            if person["home"] != target["id"] and person["id"] not in excluded:
                v = model.NewBoolVar("")
                mine.append((i, v))
                per_inspector[i].append(v)
        per_target.append(mine)
    for target, mine in zip(targets, per_target):
        model.Add(sum(v for _, v in mine) == size)
        if question["lead_required"]:
            model.AddBoolOr([v for i, v in mine if inspectors[i]["lead"]])
        for skill in target["skills"]:
            model.AddBoolOr([v for i, v in mine if skill in inspectors[i]["skills"]])
        if question["min_home_departments"] > 1:
            homes = {}
            for i, v in mine:
                homes.setdefault(inspectors[i]["home"], []).append(v)
            present = []
            for vs in homes.values():
                h = model.NewBoolVar("")
                model.AddBoolOr(vs).OnlyEnforceIf(h)
                present.append(h)
            model.Add(sum(present) >= question["min_home_departments"])
    for i, person in enumerate(inspectors):
        if len(per_inspector[i]) > person["capacity"]:
            model.Add(sum(per_inspector[i]) <= person["capacity"])
    if question["reciprocal_ban"]:
        position = {target["id"]: t for t, target in enumerate(targets)}
        # from_[a][b]: members of team(a) whose home is target b.
        from_ = [{} for _ in targets]
        for a, mine in enumerate(per_target):
            for i, v in mine:
                b = position.get(inspectors[i]["home"])
                if b is not None and b != a:
                    from_[a].setdefault(b, []).append(v)
        for a in range(len(targets)):
            for b, ab in from_[a].items():
                ba = from_[b].get(a)
                if b <= a or not ba:
                    continue
                x, y = model.NewBoolVar(""), model.NewBoolVar("")
                for v in ab:
                    model.AddImplication(v, x)
                for v in ba:
                    model.AddImplication(v, y)
                model.AddBoolOr([x.Not(), y.Not()])
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 2
    if deadline is not None:
        left = deadline - time.monotonic()
        if left <= 0:
            raise Timeout()
        solver.parameters.max_time_in_seconds = left
    status = solver.Solve(model)
    if status == cp_model.UNKNOWN and deadline is not None:
        raise Timeout()
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE, cp_model.INFEASIBLE):
        raise SystemExit(f"CP-SAT gave no answer (status {solver.StatusName(status)})")
    return status != cp_model.INFEASIBLE


def refused_targets(question, deadline=None):
    targets = question["targets"]
    accepted, refused = [], []
    rest = list(targets)
    while rest:
        if feasible(question, accepted + rest, deadline):
            break
        # The shortest prefix of rest that cannot be staffed with the accepted targets ends
        # with the first refused target: prefixes before it were staffable (monotone).
        low, high = 0, len(rest) - 1  # rest[:high + 1] is infeasible
        while low < high:
            middle = (low + high) // 2
            if feasible(question, accepted + rest[: middle + 1], deadline):
                low = middle + 1
            else:
                high = middle
        accepted += rest[:low]
        refused.append(rest[low]["id"])
        rest = rest[low + 1 :]
    return refused


def pairs(question):
    """(target, eligible inspector) pairs: the model's size."""
    homes = {}
    for person in question["inspectors"]:
        homes.setdefault(person["home"], []).append(person["id"])
    count = 0
    for target in question["targets"]:
        excluded = set(target["excluded"])
        home = homes.get(target["id"], [])
        count += len(question["inspectors"]) - len(excluded) - sum(1 for i in home if i not in excluded)
    return count


def main(arguments):
    parser = argparse.ArgumentParser(description="CP-SAT answers to spotcheck bench's staffing questions")
    parser.add_argument("--time-limit", type=float, help="seconds per file")
    parser.add_argument("--max-pairs", type=int, default=5_000_000, help="largest model built")
    parser.add_argument("files", nargs="+")
    options = parser.parse_args(arguments)
    for path in options.files:
        with open(path, encoding="utf-8") as file:
            question = json.load(file)
        size = pairs(question)
        if size > options.max_pairs:
            print(f"{path}\ttoo-large\t{size}", flush=True)
            continue
        start = time.monotonic()
        deadline = None if options.time_limit is None else start + options.time_limit
        try:
            refused = refused_targets(question, deadline)
        except Timeout:
            print(f"{path}\ttimeout\t{options.time_limit}", flush=True)
            continue
        print(f"{path}\t{time.monotonic() - start:.3f}\t{','.join(refused) or '-'}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
