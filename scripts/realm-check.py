#!/usr/bin/env python3
"""Checks a running Keycloak against what docs/development.md promises about realm `synergia`.

    python3 scripts/realm-check.py [KEYCLOAK_URL]      (default http://localhost:8180)

Logs in as demo users through the real browser flow of client `synergia-spa` (authorization
code + PKCE S256, form login, no direct access grants), decodes the access tokens and checks
`aud`, `realm_access.roles` and `institution_id`; checks client credentials of
`synergia-integration` and of the regional system `synergia-regional` (role regional-analyst
only, the institution claim of MCPS); checks that the SPA client refuses the password grant and an
authorization request without PKCE. Then, with the master realm's bootstrap administrator
(KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD, local demo values kc-admin / kc-admin),
checks that no client of the realm accepts the password grant (admin-cli included, which Keycloak
creates with it on), that brute-force detection is on, and that wrong passwords lock a throw-away
user created for the check (and deleted after it; no demo user is ever locked).
Standard library only. Exit code 0 = all good.
"""
import base64
import hashlib
import html
import http.cookiejar
import json
import os
import re
import secrets
import sys
import urllib.error
import urllib.parse
import urllib.request

KC = (sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8180").rstrip("/")
REALM = f"{KC}/realms/synergia"
OIDC = f"{REALM}/protocol/openid-connect"
REDIRECT = "http://localhost:5173/"

EXPECTED = {
    "ewa.nowak": (["staff"], "a1000000-0000-4000-8000-000000000001"),
    "jan.kowalski": (["staff", "coordinator"], "a1000000-0000-4000-8000-000000000001"),
    "marta.wisniewska": (["staff"], "a1000000-0000-4000-8000-000000000002"),
    "pawel.kaminski": (["staff", "coordinator"], "a1000000-0000-4000-8000-000000000002"),
    "piotr.zielinski": (["staff", "coordinator"], "a1000000-0000-4000-8000-000000000003"),
    "anna.lewandowska": (["staff"], "a1000000-0000-4000-8000-000000000006"),
    "tomasz.wojcik": (["regional-analyst"], "a1000000-0000-4000-8000-000000000007"),
    "katarzyna.dabrowska": (["dpo"], "a1000000-0000-4000-8000-000000000001"),
    "admin": (["admin"], None),
}
ALL_ROLES = {"staff", "coordinator", "regional-analyst", "admin", "dpo", "integration"}

failures = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class LocalhostIsSecure(http.cookiejar.DefaultCookiePolicy):
    """Keycloak marks its cookies Secure; browsers send them to http://localhost anyway."""

    def return_ok_secure(self, cookie, request):
        return True


def opener():
    jar = http.cookiejar.CookieJar(policy=LocalhostIsSecure())
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())


def call(op, url, data=None):
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    try:
        resp = op.open(urllib.request.Request(url, data=body), timeout=20)
        return resp.status, dict(resp.headers), resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode("utf-8", "replace")


def call_json(method, url, token, payload=None):
    data = json.dumps(payload).encode() if payload is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Authorization", f"Bearer {token}")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        resp = urllib.request.build_opener(NoRedirect()).open(req, timeout=20)
        return resp.status, dict(resp.headers), resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode("utf-8", "replace")


def decode(jwt):
    payload = jwt.split(".")[1]
    payload += "=" * (-len(payload) % 4)
    return json.loads(base64.urlsafe_b64decode(payload))


def login(username, password="synergia"):
    op = opener()
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    q = urllib.parse.urlencode({
        "client_id": "synergia-spa", "redirect_uri": REDIRECT, "response_type": "code",
        "scope": "openid", "state": secrets.token_hex(8), "code_challenge": challenge,
        "code_challenge_method": "S256",
    })
    status, _, page = call(op, f"{OIDC}/auth?{q}")
    if status != 200:
        raise RuntimeError(f"login page answered {status}")
    m = re.search(r'<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"', page) or \
        re.search(r'action="([^"]*login-actions/authenticate[^"]*)"', page)
    if not m:
        raise RuntimeError("no login form found")
    status, headers, _ = call(op, html.unescape(m.group(1)),
                              {"username": username, "password": password, "credentialId": ""})
    loc = headers.get("Location", "")
    if status != 302 or not loc.startswith(REDIRECT):
        raise RuntimeError(f"login did not redirect back (status {status}, Location {loc!r})")
    code = urllib.parse.parse_qs(urllib.parse.urlparse(loc).query)["code"][0]
    status, _, body = call(op, f"{OIDC}/token", {
        "grant_type": "authorization_code", "client_id": "synergia-spa", "code": code,
        "redirect_uri": REDIRECT, "code_verifier": verifier,
    })
    if status != 200:
        raise RuntimeError(f"token endpoint answered {status}: {body}")
    return json.loads(body), page


def form_login(username, password):
    """One browser-flow login attempt; True when Keycloak redirected back with a code."""
    op = opener()
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    q = urllib.parse.urlencode({
        "client_id": "synergia-spa", "redirect_uri": REDIRECT, "response_type": "code", "scope": "openid",
        "state": secrets.token_hex(8), "code_challenge": challenge, "code_challenge_method": "S256",
    })
    status, _, page = call(op, f"{OIDC}/auth?{q}")
    m = re.search(r'<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"', page) or \
        re.search(r'action="([^"]*login-actions/authenticate[^"]*)"', page)
    if status != 200 or not m:
        raise RuntimeError(f"login page answered {status}")
    status, headers, _ = call(op, html.unescape(m.group(1)), {"username": username, "password": password, "credentialId": ""})
    return status == 302 and "code=" in headers.get("Location", "")


def check_hardening():
    """Password grant off on every client, brute-force detection on and effective (issue #13)."""
    for client in ("admin-cli", "synergia-spa"):
        status, _, body = call(opener(), f"{OIDC}/token", {
            "grant_type": "password", "client_id": client, "username": "ewa.nowak", "password": "synergia"})
        check(status in (400, 401) and "unauthorized_client" in body,
              f"{client} refuses the password grant of a demo user ({status} {body[:80]})")

    admin_user = os.environ.get("KC_BOOTSTRAP_ADMIN_USERNAME", "kc-admin")
    admin_password = os.environ.get("KC_BOOTSTRAP_ADMIN_PASSWORD", "kc-admin")
    status, _, body = call(opener(), f"{KC}/realms/master/protocol/openid-connect/token", {
        "grant_type": "password", "client_id": "admin-cli", "username": admin_user, "password": admin_password})
    check(status == 200, f"master realm administrator {admin_user} can read the realm settings ({status})")
    if status != 200:
        return
    token = json.loads(body)["access_token"]
    admin = f"{KC}/admin/realms/synergia"

    status, _, body = call_json("GET", admin, token)
    realm = json.loads(body) if status == 200 else {}
    check(realm.get("bruteForceProtected") is True, f"brute-force detection is on ({realm.get('bruteForceProtected')})")
    check(realm.get("permanentLockout") is False, "lockout is temporary (a locked person is not locked out for good)")
    factor = int(realm.get("failureFactor") or 0)
    check(0 < factor <= 10, f"at most 10 wrong passwords before a lockout ({factor})")

    status, _, body = call_json("GET", f"{admin}/clients?max=200", token)
    clients = json.loads(body) if status == 200 else []
    direct = sorted(c["clientId"] for c in clients if c.get("directAccessGrantsEnabled"))
    check(status == 200 and "admin-cli" in [c["clientId"] for c in clients] and not direct,
          f"no client of the realm accepts the password grant (accepting: {direct})")

    # a throw-away user: wrong passwords lock it; the demo users are never touched
    probe = f"lockout-probe-{secrets.token_hex(4)}"
    password = secrets.token_urlsafe(12) + "Aa1!"
    status, headers, body = call_json("POST", f"{admin}/users", token, {
        "username": probe, "enabled": True, "emailVerified": True, "firstName": "Próba", "lastName": "Blokady",
        "email": f"{probe}@example.org",
        "credentials": [{"type": "password", "value": password, "temporary": False}]})
    check(status == 201, f"throw-away user {probe} created ({status} {body[:80]})")
    if status != 201:
        return
    user_id = headers.get("Location", "").rstrip("/").rsplit("/", 1)[-1]
    try:
        check(form_login(probe, password), f"{probe} logs in with the right password before the wrong ones")
        for _ in range(factor or 10):
            form_login(probe, "wrong-" + secrets.token_hex(4))
        status, _, body = call_json("GET", f"{KC}/admin/realms/synergia/attack-detection/brute-force/users/{user_id}", token)
        state = json.loads(body) if status == 200 else {}
        check(state.get("disabled") is True, f"after {factor} wrong passwords {probe} is locked ({state})")
        check(not form_login(probe, password), f"the locked {probe} cannot log in even with the right password")
    finally:
        status, _, _ = call_json("DELETE", f"{admin}/users/{user_id}", token)
        check(status == 204, f"throw-away user {probe} deleted ({status})")


def aud_list(tok):
    aud = tok.get("aud", [])
    return aud if isinstance(aud, list) else [aud]


def main():
    status, _, body = call(opener(), f"{REALM}/.well-known/openid-configuration")
    check(status == 200, f"discovery document answers 200 ({status})")
    issuer = json.loads(body).get("issuer") if status == 200 else None
    check(issuer == REALM, f"issuer is {REALM} ({issuer})")

    for user, (roles, inst) in EXPECTED.items():
        try:
            tokens, page = login(user)
        except Exception as e:  # noqa: BLE001
            check(False, f"{user}: browser login with PKCE ({e})")
            continue
        at, it = decode(tokens["access_token"]), decode(tokens["id_token"])
        got_roles = set(at.get("realm_access", {}).get("roles", [])) & ALL_ROLES
        check(got_roles == set(roles), f"{user}: realm_access.roles {sorted(got_roles)}")
        check("synergia-api" in aud_list(at), f"{user}: aud contains synergia-api ({at.get('aud')})")
        check(at.get("azp") == "synergia-spa", f"{user}: azp synergia-spa")
        check(at.get("institution_id") == inst, f"{user}: access token institution_id {at.get('institution_id')!r}")
        check(it.get("institution_id") == inst, f"{user}: id token institution_id {it.get('institution_id')!r}")
        check(at.get("preferred_username") == user, f"{user}: preferred_username")
        check(at.get("exp", 0) - at.get("iat", 0) == 300, f"{user}: access token lifespan 300 s")
        if user == "ewa.nowak":
            check('lang="pl"' in page, "login page is Polish by default")
            check(at.get("email_verified") is True and at.get("email"), "email set and verified")
            print("     decoded access token of ewa.nowak:")
            print("     " + json.dumps({k: at.get(k) for k in (
                "iss", "aud", "azp", "sub", "preferred_username", "name", "email",
                "realm_access", "institution_id", "scope")}, ensure_ascii=False))
        if user == "marta.wisniewska":
            check(at.get("family_name") == "Wiśniewska", "Polish diacritics in family_name")

    op = opener()
    status, _, body = call(op, f"{OIDC}/token", {
        "grant_type": "client_credentials", "client_id": "synergia-integration",
        "client_secret": "synergia-integration-demo-secret"})
    check(status == 200, f"synergia-integration client credentials ({status})")
    if status == 200:
        at = decode(json.loads(body)["access_token"])
        got = set(at.get("realm_access", {}).get("roles", [])) & ALL_ROLES
        check(got == {"integration"}, f"integration token roles {sorted(got)}")
        check("synergia-api" in aud_list(at), f"integration token aud contains synergia-api ({at.get('aud')})")

    status, _, body = call(op, f"{OIDC}/token", {
        "grant_type": "client_credentials", "client_id": "synergia-regional",
        "client_secret": "synergia-regional-demo-secret"})
    check(status == 200, f"synergia-regional client credentials ({status})")
    if status == 200:
        at = decode(json.loads(body)["access_token"])
        roles = set(at.get("realm_access", {}).get("roles", []))
        check(roles == {"regional-analyst"}, f"regional system token carries only regional-analyst {sorted(roles)}")
        check(at.get("institution_id") == "a1000000-0000-4000-8000-000000000007",
              f"regional system token names MCPS ({at.get('institution_id')})")
        check("synergia-api" in aud_list(at), f"regional system token aud contains synergia-api ({at.get('aud')})")
        check(bool(at.get("sub")), "regional system token has a subject")
        check(at.get("preferred_username") == "service-account-synergia-regional",
              f"regional system token names its service account ({at.get('preferred_username')})")

    status, _, _ = call(op, f"{OIDC}/token", {
        "grant_type": "client_credentials", "client_id": "synergia-integration",
        "client_secret": "wrong"})
    check(status == 401, f"wrong client secret refused ({status})")

    status, _, body = call(op, f"{OIDC}/token", {
        "grant_type": "password", "client_id": "synergia-spa", "username": "ewa.nowak",
        "password": "synergia"})
    check(status in (400, 401) and "unauthorized_client" in body,
          f"synergia-spa refuses the password grant ({status})")

    q = urllib.parse.urlencode({"client_id": "synergia-spa", "redirect_uri": REDIRECT,
                                "response_type": "code", "scope": "openid"})
    status, headers, _ = call(opener(), f"{OIDC}/auth?{q}")
    loc = headers.get("Location", "")
    check(status == 302 and "error=invalid_request" in loc,
          f"authorization request without PKCE refused ({status} {loc[:90]})")

    q = urllib.parse.urlencode({"client_id": "synergia-spa", "redirect_uri": "http://evil.example/",
                                "response_type": "code", "scope": "openid",
                                "code_challenge": "x" * 43, "code_challenge_method": "S256"})
    status, _, _ = call(opener(), f"{OIDC}/auth?{q}")
    check(status == 400, f"foreign redirect URI refused ({status})")

    check_hardening()

    print(f"{len(failures)} failed" if failures else "realm check: all good")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
