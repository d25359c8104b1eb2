#!/usr/bin/env python3
"""Validate the Synergia reference catalogue (stdlib only).

Usage: python3 data/catalogue/validate.py   (from anywhere)
Prints counts per file; exits 1 if any problem is found.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GMINY_CSV = os.path.join(HERE, "..", "teryt", "gminy.csv")

INSTITUTION_TYPES = [
    "OPS", "PCPR", "WCPR", "PUP", "CIS", "KIS", "WTZ", "ZAZ", "OWES", "NGO", "SPOLDZIELNIA", "ROPS",
    "EMPLOYMENT_AGENCY", "CUS", "CWR", "OHP", "FAMILY_CLUB", "LSW", "ZGN",
]
ROLES = {"KEY", "SUPPORTING", "REGIONAL"}
VALUE_TYPES = {"NONE", "INTEGER", "TEXT"}
UPPER_SNAKE = re.compile(r"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
FILES = [
    "legal-regimes.json", "institution-types.json", "target-groups.json", "eligibility-criteria.json",
    "services.json", "institutions.json", "organisational-variants.json", "cooperative-models.json",
]

problems = []


def problem(msg):
    problems.append(msg)


def load(name):
    path = os.path.join(HERE, name)
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        data = json.loads(text)
    except (OSError, ValueError) as e:
        problem(f"{name}: cannot load: {e}")
        return []
    if text != json.dumps(data, ensure_ascii=False, indent=2) + "\n":
        problem(f"{name}: not in canonical form (UTF-8, 2-space indent, no ASCII escapes, trailing newline)")
    if not isinstance(data, list):
        problem(f"{name}: top level must be a list")
        return []
    return data


def nonempty(s):
    return isinstance(s, str) and s.strip() != ""


def parse_date(name, where, value):
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        problem(f"{name}: {where}: date {value!r} is not YYYY-MM-DD")
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        problem(f"{name}: {where}: invalid date {value!r}")
        return None


def check_interval(name, where, rec):
    start = parse_date(name, where + ".valid_from", rec.get("valid_from"))
    end = parse_date(name, where + ".valid_to", rec.get("valid_to"))
    if start and end and start > end:
        problem(f"{name}: {where}: valid_from {start} is after valid_to {end}")
    return start, end


def overlaps(a, b):
    lo = max(a[0] or datetime.date.min, b[0] or datetime.date.min)
    hi = min(a[1] or datetime.date.max, b[1] or datetime.date.max)
    return lo <= hi


def unique(name, records, key):
    seen = set()
    for i, r in enumerate(records):
        k = r.get(key)
        if not nonempty(k):
            problem(f"{name}[{i}]: missing {key}")
        elif k in seen:
            problem(f"{name}: duplicate {key} {k}")
        seen.add(k)
    return seen


def names(name, records, key="code"):
    for r in records:
        for field in ("name_pl", "name_en"):
            if not nonempty(r.get(field)):
                problem(f"{name}: {r.get(key)}: empty {field}")


def main():
    data = {f: load(f) for f in FILES}

    # legal regimes
    regimes = data["legal-regimes.json"]
    regime_codes = unique("legal-regimes.json", regimes, "code")
    names("legal-regimes.json", regimes)
    regime_interval = {}
    for r in regimes:
        if not UPPER_SNAKE.match(r.get("code", "")):
            problem(f"legal-regimes.json: code {r.get('code')!r} is not UPPER_SNAKE")
        if not nonempty(r.get("act_pl")):
            problem(f"legal-regimes.json: {r.get('code')}: empty act_pl")
        regime_interval[r.get("code")] = check_interval("legal-regimes.json", r.get("code"), r)

    # target groups and criteria
    groups = data["target-groups.json"]
    group_codes = unique("target-groups.json", groups, "code")
    names("target-groups.json", groups)
    criteria = data["eligibility-criteria.json"]
    criterion_codes = unique("eligibility-criteria.json", criteria, "code")
    names("eligibility-criteria.json", criteria)
    value_type = {}
    for c in criteria:
        if c.get("value_type") not in VALUE_TYPES:
            problem(f"eligibility-criteria.json: {c.get('code')}: bad value_type {c.get('value_type')!r}")
        value_type[c.get("code")] = c.get("value_type")
    for name, recs in (("target-groups.json", groups), ("eligibility-criteria.json", criteria)):
        for r in recs:
            if not UPPER_SNAKE.match(r.get("code", "")):
                problem(f"{name}: code {r.get('code')!r} is not UPPER_SNAKE")

    # institution types
    types = data["institution-types.json"]
    type_codes = unique("institution-types.json", types, "code")
    names("institution-types.json", types)
    if [t.get("code") for t in types] != INSTITUTION_TYPES:
        problem("institution-types.json: codes must be exactly the InstitutionType enum, in enum order")
    role_of = {}
    for t in types:
        code = t.get("code")
        role_of[code] = t.get("stakeholder_role")
        if t.get("stakeholder_role") not in ROLES:
            problem(f"institution-types.json: {code}: bad stakeholder_role {t.get('stakeholder_role')!r}")
        if code == "ROPS" and t.get("stakeholder_role") != "REGIONAL":
            problem("institution-types.json: ROPS must be REGIONAL")
        for reg in t.get("legal_regimes", []):
            if reg not in regime_codes:
                problem(f"institution-types.json: {code}: unknown legal regime {reg}")
        for field in ("description_pl", "description_en", "source"):
            if not nonempty(t.get(field)):
                problem(f"institution-types.json: {code}: empty {field}")
        for field in ("statutory_tasks_pl", "tools_pl", "cooperation_areas_pl"):
            v = t.get(field)
            if not isinstance(v, list) or not all(nonempty(x) for x in v):
                problem(f"institution-types.json: {code}: {field} must be a list of non-empty strings")

    # services
    services = data["services.json"]
    unique("services.json", services, "code")
    names("services.json", services)
    by_kind = {}
    for s in services:
        code = s.get("code")
        where = f"services.json: {code}"
        if not UPPER_SNAKE.match(code or ""):
            problem(f"{where}: code is not UPPER_SNAKE")
        if not UPPER_SNAKE.match(s.get("kind") or ""):
            problem(f"{where}: kind {s.get('kind')!r} is not UPPER_SNAKE")
        for field in ("description_pl", "description_en", "source"):
            if not nonempty(s.get(field)):
                problem(f"{where}: empty {field}")
        providers = s.get("provider_types") or []
        if not providers:
            problem(f"{where}: no provider_types")
        for p in providers:
            if p not in type_codes:
                problem(f"{where}: provider type {p} not in the InstitutionType enum")
        for g in s.get("target_groups") or []:
            if g not in group_codes:
                problem(f"{where}: unknown target group {g}")
        for e in s.get("eligibility") or []:
            crit, val = e.get("criterion"), e.get("value")
            if crit not in criterion_codes:
                problem(f"{where}: unknown eligibility criterion {crit}")
                continue
            vt = value_type[crit]
            if vt == "NONE" and val is not None:
                problem(f"{where}: criterion {crit} takes no value")
            if vt == "INTEGER" and (not isinstance(val, int) or isinstance(val, bool)):
                problem(f"{where}: criterion {crit} needs an integer value")
            if vt == "TEXT" and not nonempty(val):
                problem(f"{where}: criterion {crit} needs a text value")
        dmin, dmax, ext = s.get("duration_min_days"), s.get("duration_max_days"), s.get("extension_max_days")
        for label, v in (("duration_min_days", dmin), ("duration_max_days", dmax), ("extension_max_days", ext)):
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                problem(f"{where}: {label} must be a non-negative integer or null")
        if isinstance(dmin, int) and isinstance(dmax, int) and dmin > dmax:
            problem(f"{where}: duration_min_days > duration_max_days")
        if (s.get("benefit_pl") is None) != (s.get("benefit_en") is None):
            problem(f"{where}: benefit_pl and benefit_en must both be set or both null")
        regime = s.get("legal_regime")
        if regime is not None and regime not in regime_codes:
            problem(f"{where}: unknown legal regime {regime}")
        if not isinstance(s.get("historical"), bool):
            problem(f"{where}: historical must be true or false")
        interval = check_interval("services.json", code, s)
        if s.get("historical") and s.get("valid_to") is None:
            problem(f"{where}: historical service needs valid_to")
        if regime in regime_interval:
            rf, rt = regime_interval[regime]
            if interval[0] and rf and interval[0] < rf:
                problem(f"{where}: valid_from before its regime starts ({rf})")
            if interval[1] and rt and interval[1] > rt:
                problem(f"{where}: valid_to after its regime ends ({rt})")
            if rt and interval[1] is None:
                problem(f"{where}: regime {regime} ends {rt} but the service has no valid_to")
        by_kind.setdefault(s.get("kind"), []).append((code, regime, interval))
    # versions of one kind (across regimes, or successive versions within one) must not overlap
    for kind, items in by_kind.items():
        for i in range(len(items)):
            for j in range(i + 1, len(items)):
                a, b = items[i], items[j]
                if overlaps(a[2], b[2]):
                    problem(f"services.json: kind {kind}: {a[0]} ({a[1]}) and {b[0]} ({b[1]}) overlap in validity")

    # institutions
    gminy = None
    if os.path.exists(GMINY_CSV):
        with open(GMINY_CSV, encoding="utf-8") as f:
            gminy = {line.split(",", 1)[0] for line in f.read().splitlines()[1:] if line}
    insts = data["institutions.json"]
    unique("institutions.json", insts, "external_id")
    for r in insts:
        ext = r.get("external_id")
        where = f"institutions.json: {ext}"
        if not SLUG.match(ext or ""):
            problem(f"{where}: external_id is not a lowercase slug")
        if r.get("type") not in type_codes:
            problem(f"{where}: unknown type {r.get('type')}")
        elif r.get("stakeholder_role") != role_of.get(r.get("type")):
            problem(f"{where}: stakeholder_role differs from its type's role")
        if not nonempty(r.get("name")) or not nonempty(r.get("source")):
            problem(f"{where}: empty name or source")
        teryt = r.get("gmina_teryt")
        if teryt is not None:
            if not re.fullmatch(r"\d{7}", teryt):
                problem(f"{where}: gmina_teryt must be 7 digits")
            elif gminy is not None and teryt not in gminy:
                problem(f"{where}: gmina_teryt {teryt} not in data/teryt/gminy.csv")

    # variants and models
    for name in ("organisational-variants.json", "cooperative-models.json"):
        recs = data[name]
        unique(name, recs, "code")
        names(name, recs)
        for r in recs:
            if not UPPER_SNAKE.match(r.get("code", "")):
                problem(f"{name}: code {r.get('code')!r} is not UPPER_SNAKE")
            for field in ("description_pl", "description_en", "source"):
                if not nonempty(r.get(field)):
                    problem(f"{name}: {r.get('code')}: empty {field}")

    for f in FILES:
        print(f"{f:32} {len(data[f]):4d}")
    hist = sum(1 for s in services if s.get("historical"))
    print(f"{'  services: historical':32} {hist:4d}")
    print(f"{'  services: kinds':32} {len(by_kind):4d}")
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  - " + p, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
