#!/usr/bin/env python3
"""Checks two backend instances on one database (run by scripts/two-instances.sh).

    two-instances-check.py KEYCLOAK_URL A_URL B_URL A_LOG B_LOG A_METRICS_URL

Logs in through the real Keycloak (browser flow, as scripts/realm-check.py does), then:
a write through one instance is read through the other (and an edit there is seen back), one
Idempotency-Key sent to both at once makes one plan, a directory import started on A is followed
to its end on B and its rows are read on B, the retention job scheduled every 4 s on both instances
ran once per scheduled time, and the instances log JSON lines carrying the request id a client got.
Standard library only; exit code 0 = all good.
"""
import concurrent.futures
import importlib.util
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

KC, A, B, A_LOG, B_LOG, METRICS = sys.argv[1:7]
sys.argv = [sys.argv[0], KC]  # realm-check reads the Keycloak URL from argv
spec = importlib.util.spec_from_file_location("realm_check", Path(__file__).with_name("realm-check.py"))
realm = importlib.util.module_from_spec(spec)
spec.loader.exec_module(realm)

failures = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def api(method, url, token=None, body=None, headers=None, content_type="application/json"):
    data = None
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    if data is not None:
        req.add_header("Content-Type", content_type)
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            raw = resp.read()
            return resp.status, dict(resp.headers), raw
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def as_json(raw):
    return json.loads(raw.decode("utf-8")) if raw else None


def main():
    admin = realm.login("admin")[0]["access_token"]
    staff = realm.login("ewa.nowak")[0]["access_token"]

    # 1. read your writes across instances (no cache of mutable state in an instance)
    name = f"Klub Integracji Społecznej {uuid.uuid4().hex[:8]}"
    institution = {"type": "NGO", "name": name, "gminaTeryt": "1408011",
                   "address": {"street": "ul. Próbna 2", "postalCode": "05-120", "city": "Legionowo"},
                   "legalForm": "stowarzyszenie", "cooperationAreas": ["reintegracja społeczna"]}
    status, headers, raw = api("POST", f"{A}/api/v1/institutions", admin, institution)
    check(status == 201, f"institution created through A ({status})")
    created = as_json(raw)
    status, headers_b, raw = api("GET", f"{B}/api/v1/institutions/{created['id']}", admin)
    check(status == 200 and as_json(raw)["name"] == name, f"B reads what A wrote ({status})")
    edited = dict(institution, name=name + " (zmiana)")
    status, _, _ = api("PUT", f"{B}/api/v1/institutions/{created['id']}", admin, edited,
                       headers={"If-Match": headers_b.get("ETag")})
    check(status == 200, f"B edits it with A's version ({status})")
    status, _, raw = api("GET", f"{A}/api/v1/institutions/{created['id']}", admin)
    check(status == 200 and as_json(raw)["name"].endswith("(zmiana)"), "A reads B's edit at once")

    # 2. one Idempotency-Key sent to both instances at once makes one plan
    status, _, raw = api("POST", f"{A}/api/v1/clients", staff, {
        "firstName": "Halina", "lastName": f"Dwuinstancyjna {uuid.uuid4().hex[:6]}", "birthDate": "1980-05-01",
        "gminaTeryt": "1408011"})
    check(status == 201, f"client registered through A ({status})")
    client = as_json(raw)["id"]
    key = str(uuid.uuid4())
    plan = {"clientId": client, "title": "Plan", "periodFrom": time.strftime("%Y-%m-%d")}
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(lambda base: api("POST", f"{base}/api/v1/plans", staff, plan,
                                                 headers={"Idempotency-Key": key}), (A, B)))
    ids = {as_json(raw).get("id") for status, _, raw in answers if status == 201}
    check([a[0] for a in answers] == [201, 201] and len(ids) == 1,
          f"the same Idempotency-Key on A and B at once made one plan ({[a[0] for a in answers]}, {len(ids)} id)")

    # 3. a directory import started on A is followed on B; its rows are read on B
    ext = [f"two-{uuid.uuid4().hex[:8]}-{i}" for i in range(300)]
    csv = "external_id,type,name,gmina_teryt\n" + "".join(
        f"{e},NGO,Fundacja {e},1408011\n" for e in ext)
    status, _, raw = api("POST", f"{A}/api/v1/directory/imports?filename=two.csv", admin, csv.encode(),
                         content_type="text/csv")
    check(status == 202, f"import queued on A ({status})")
    job = as_json(raw)
    deadline = time.time() + 120
    while time.time() < deadline:
        status, _, raw = api("GET", f"{B}/api/v1/directory/imports/{job['id']}", admin)
        job = as_json(raw)
        if job["status"] in ("SUCCEEDED", "FAILED"):
            break
        time.sleep(0.5)
    check(job["status"] == "SUCCEEDED" and job["created"] == 300,
          f"B followed A's import to its end ({job['status']}, created {job.get('created')})")
    status, _, raw = api("GET", f"{B}/api/v1/institutions?q={urllib.parse.quote('Fundacja ' + ext[0])}", admin)
    check(status == 200 and as_json(raw)["totalItems"] == 1, "B reads a row A imported")

    # 4. the retention job fired on both instances every 4 s ran once per scheduled time
    time.sleep(13)
    status, _, raw = api("GET", f"{A}/api/v1/anonymisations?size=100", admin)
    runs = [r for r in as_json(raw)["items"] if r["trigger"] == "SCHEDULED"]
    slots = [r["startedAt"][:19] for r in runs]
    by_slot = {}
    for r in runs:
        second = int(time.mktime(time.strptime(r["startedAt"][:19], "%Y-%m-%dT%H:%M:%S")))
        by_slot.setdefault(second // 4, []).append(r["id"])
    check(len(runs) >= 3, f"the nightly job (every 4 s here) ran several times ({len(runs)})")
    check(all(len(v) == 1 for v in by_slot.values()), f"one run per scheduled time, never two ({sorted(slots)})")
    skipped = sum(Path(log).read_text(errors="replace").count("is run by another instance") for log in (A_LOG, B_LOG))
    check(skipped >= 2, f"both instances fired it and the other skipped ({skipped} skips logged)")

    # 5. production logs are JSON lines; a refused request's id is in the answer and in the log
    status, headers, raw = api("GET", f"{A}/api/v1/institutions?q=a%00b", admin)
    request_id = as_json(raw).get("requestId")
    check(status == 400 and request_id and headers.get("X-Request-Id") == request_id,
          f"problem+json and X-Request-Id carry the same request id ({status})")
    time.sleep(1)
    lines = [l for l in Path(A_LOG).read_text(errors="replace").splitlines() if l.startswith("{")]
    parsed = [json.loads(l) for l in lines]
    check(len(parsed) > 10 and all("level" in p and "message" in p for p in parsed), f"A logs JSON lines ({len(parsed)})")
    check(any(p.get("mdc", {}).get("requestId") == request_id for p in parsed),
          "the log line of that request carries its request id")

    # 6. metrics of an instance on its management port
    with urllib.request.urlopen(METRICS, timeout=10) as resp:
        scrape = resp.read().decode()
    check("synergia_audit_rows_total" in scrape and "agroal_active_count" in scrape,
          "A's metrics (management port) count audit rows and the pool")

    print(f"{len(failures)} failed" if failures else "two instances: all good")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
