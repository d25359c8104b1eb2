#!/usr/bin/env bash
# The local mail server of the stack: GreenMail standalone (com.icegreen:greenmail-standalone from
# Maven Central) on loopback. It accepts every message over SMTP without delivering anything and
# shows what it received through its web/REST API.
#
#   scripts/mailserver.sh install   download the jar (once) into .local/greenmail/
#   scripts/mailserver.sh run       install, then run GreenMail in the foreground (what scripts/stack.sh runs)
#
# Environment (defaults = the local stack of `make run`):
#   MAIL_SMTP_PORT   SMTP port the backend sends to     3025
#   MAIL_API_PORT    web/REST API (read the demo mail)  8083
#
# Reading the mail: http://localhost:8083 (API browser), or e.g.
#   curl http://localhost:8083/api/user                                      (every recipient so far)
#   curl http://localhost:8083/api/user/anna.lewandowska@synergia.example/messages/INBOX/
#   curl -X POST http://localhost:8083/api/mail/purge                       (delete all mail)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=mailserver

GREENMAIL_VERSION="${GREENMAIL_VERSION:-2.1.8}"
MAIL_SMTP_PORT="${MAIL_SMTP_PORT:-3025}"
MAIL_API_PORT="${MAIL_API_PORT:-8083}"
GM_DIR="$ROOT/.local/greenmail"
GM_JAR="$GM_DIR/greenmail-standalone-$GREENMAIL_VERSION.jar"

install_greenmail() {
  mkdir -p "$GM_DIR"
  # one installer at a time (local and e2e stack may start together)
  exec 9>"$GM_DIR/.install.lock"
  flock 9
  if [[ ! -f "$GM_JAR" ]]; then
    log "downloading com.icegreen:greenmail-standalone:$GREENMAIL_VERSION from Maven Central (~11 MB, once)"
    mvnw -B -q -f "$ROOT/backend/pom.xml" "$MVN_DEPENDENCY_PLUGIN:copy" \
      -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" \
      -DoutputDirectory="$GM_DIR" -Dmdep.overWriteReleases=false \
      || die "download of GreenMail standalone failed"
  fi
  exec 9>&-
}

run_greenmail() {
  install_greenmail
  for p in "$MAIL_SMTP_PORT" "$MAIL_API_PORT"; do
    port_in_use "$p" && die "port $p is already in use (another mail server? see: ss -ltnp 'sport = :$p')"
  done
  log "starting GreenMail $GREENMAIL_VERSION: SMTP 127.0.0.1:$MAIL_SMTP_PORT, mail at http://localhost:$MAIL_API_PORT"
  exec "$(java_bin)" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx128m \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$MAIL_SMTP_PORT" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" \
    -Dgreenmail.auth.disabled \
    -jar "$GM_JAR"
}

case "${1:-run}" in
  install) install_greenmail ;;
  run) run_greenmail ;;
  *) echo "usage: $0 install|run" >&2; exit 2 ;;
esac
