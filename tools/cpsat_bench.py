#!/usr/bin/env python3
"""The staffing question of a benchmark instance, answered by OR-Tools CP-SAT.

Reads the JSON written by `spotcheck bench --export DIR` (one file per instance: inspectors
available on the date, targets with required skills and excluded inspectors, the policy's team
rules), asks "can these targets, in order, each be added while all stay staffable?" the way a
targeted draw does, and prints one line per file: the file, the seconds CP-SAT took (Python
start not counted), and which targets were refused. A benchmark tool, not a product
dependency: `pip install ortools` in the benchmark's own environment.
"""
import json
import sys
import time

from ortools.sat.python import cp_model


def feasible(question, targets):
    inspectors = question["inspectors"]
    size = question["team_size"]
    model = cp_model.CpModel()
    member = {}
    for t, target in enumerate(targets):
        excluded = set(target["excluded"])
        for i, person in enumerate(inspectors):
            if person["id"] not in excluded and person["home"] != target["id"]:
                member[t, i] = model.NewBoolVar(f"x{t}_{i}")
    for t, target in enumerate(targets):
        mine = [(i, v) for (tt, i), v in member.items() if tt == t]
        model.Add(sum(v for _, v in mine) == size)
        if question["lead_required"]:
            model.AddBoolOr([v for i, v in mine if inspectors[i]["lead"]])
        for skill in target["skills"]:
            model.AddBoolOr([v for i, v in mine if skill in inspectors[i]["skills"]])
        homes = {}
        for i, v in mine:
            homes.setdefault(inspectors[i]["home"], []).append(v)
        present = []
        for home, vs in homes.items():
            h = model.NewBoolVar("")
            model.AddBoolOr(vs).OnlyEnforceIf(h)
            present.append(h)
        model.Add(sum(present) >= question["min_home_departments"])
    for i, person in enumerate(inspectors):
        vs = [v for (t, ii), v in member.items() if ii == i]
        if len(vs) > person["capacity"]:
            model.Add(sum(vs) <= person["capacity"])
    if question["reciprocal_ban"]:
        position = {target["id"]: t for t, target in enumerate(targets)}
        for a in range(len(targets)):
            for b in range(a + 1, len(targets)):
                ab = [v for (t, i), v in member.items() if t == a and inspectors[i]["home"] == targets[b]["id"]]
                ba = [v for (t, i), v in member.items() if t == b and inspectors[i]["home"] == targets[a]["id"]]
                if ab and ba:
                    x, y = model.NewBoolVar(""), model.NewBoolVar("")
                    for v in ab:
                        model.AddImplication(v, x)
                    for v in ba:
                        model.AddImplication(v, y)
                    model.AddBoolOr([x.Not(), y.Not()])
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 2
    status = solver.Solve(model)
    return status in (cp_model.OPTIMAL, cp_model.FEASIBLE)


def main(paths):
    for path in paths:
        with open(path, encoding="utf-8") as file:
            question = json.load(file)
        start = time.monotonic()
        accepted, refused = [], []
        for target in question["targets"]:
            if feasible(question, accepted + [target]):
                accepted.append(target)
            else:
                refused.append(target["id"])
        print(f"{path}\t{time.monotonic() - start:.3f}\t{','.join(refused) or '-'}")


if __name__ == "__main__":
    main(sys.argv[1:])
