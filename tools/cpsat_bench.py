#!/usr/bin/env python3
"""The staffing question of a benchmark instance, answered by OR-Tools CP-SAT.

Reads the JSON written by `spotcheck bench --export DIR` (one file per instance: inspectors
available on the date, targets with required skills and excluded inspectors, the policy's team
rules) and answers it the way a targeted draw does: each target, in order, is accepted when it
can be staffed together with the targets accepted before it. All targets are asked together
first; only when that fails is each added in turn. Prints one line per file: the file, the
seconds CP-SAT took (Python start and JSON reading not counted, model building counted), and
the refused targets (`-` for none), tab-separated.

A benchmark tool, not a product dependency: `spotcheck bench --compare` runs it in a virtual
environment of its own with `pip install ortools`.
"""
import json
import sys
import time

from ortools.sat.python import cp_model


def feasible(question, targets):
    inspectors = question["inspectors"]
    size = question["team_size"]
    model = cp_model.CpModel()
    per_target = []
    per_inspector = [[] for _ in inspectors]
    for target in targets:
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
    status = solver.Solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE, cp_model.INFEASIBLE):
        raise SystemExit(f"CP-SAT gave no answer (status {solver.StatusName(status)})")
    return status != cp_model.INFEASIBLE


def refused_targets(question):
    targets = question["targets"]
    if feasible(question, targets):
        return []
    accepted, refused = [], []
    for target in targets:
        if feasible(question, accepted + [target]):
            accepted.append(target)
        else:
            refused.append(target["id"])
    return refused


def main(paths):
    for path in paths:
        with open(path, encoding="utf-8") as file:
            question = json.load(file)
        start = time.monotonic()
        refused = refused_targets(question)
        print(f"{path}\t{time.monotonic() - start:.3f}\t{','.join(refused) or '-'}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
