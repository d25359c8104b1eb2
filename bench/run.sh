#!/usr/bin/env bash
# `make bench`: the directory-search benchmark (issue #3) and the regional figures' rung
# (issue #11), start to finish, on this machine.
#
#   embedded PostgreSQL 18 (own port, fresh data in .local/bench/postgres)
#   -> backend: the packaged jar, profile `bench` (tokens verified with a key made for this run)
#   -> Flyway migrates; bench/generate.sql adds a national directory (100,000 institutions)
#   -> capture: each query of bench/mix.tsv once through the API, its SQL read from the server log
#   -> load: 32 closed-loop clients against the API (warm-up, then measured)
#   -> pgbench: the captured SQL, same mix, 32 clients (warm-up, then measured)
#   -> report: table on the console, bench/results/latest.{md,json}, docs/benchmark.md
#   -> regional rung: bench/generate-regional.sql adds 1,000,000 plans (3 steps, 2 referrals each),
#      a full refresh of the regional figures is timed, then two groups of requests (the
#      voivodeship dashboard of a regional analyst, the national table of gminas of an
#      administrator) are captured, loaded with 16 clients and run by pgbench like the directory;
#      bench/results/regional-latest.{md,json}, docs/benchmark.md
#
# Everything it starts runs in its own process group and is stopped on exit (also on Ctrl-C or a
# failure); no listener is left behind. See docs/benchmark.md for what is measured and why.
#
# Environment (defaults in brackets):
#   BENCH_CLIENTS [32]  BENCH_WARMUP [20] s  BENCH_DURATION [60] s  BENCH_INSTITUTIONS [100000]
#   BENCH_SEED [20250101]        data generator seed
#   BENCH_POPULATION_CSV         GUS population per gmina (teryt,level,name,year,population,derived)
#                                to weight the data by; default data/teryt/population.csv if the
#                                repository has it, else class means (see bench/generate.sql)
#   BENCH_PG_PORT BENCH_API_PORT ports (default: the first free ones from 25433 and 28080)
#   BENCH_JAVA_OPTS              backend JVM flags [-Xms1g -Xmx1g -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8]
#   BENCH_UPDATE_DOC [1]         0: do not rewrite the "last run" section of docs/benchmark.md
#   BENCH_ENFORCE_TARGETS [0]    1: exit 2 when a target (p95, ratio) is missed
#   BENCH_RUNGS ["directory regional"]  which rungs to run (the regional one needs the directory data,
#                                which is always generated)
#   BENCH_REGIONAL_PLANS [1000000]   plans of the regional rung (steps 3x, referrals 2x); smaller on a
#                                busy machine
#   BENCH_REGIONAL_CLIENTS [16]  BENCH_REGIONAL_WARMUP [BENCH_WARMUP]  BENCH_REGIONAL_DURATION [BENCH_DURATION]
#   plan rungs (issue #14; opt in: BENCH_RUNGS="directory regional plans"): the regional data (BENCH_REGIONAL_PLANS)
#   with plan teams, legal bases and BENCH_PLANS_AUDIT [10000000] audit rows; caseload page (open model at
#   BENCH_PLANS_RATE [50] requests/s), plan read, due list and inbox of the largest partner, BENCH_PLANS_CLIENTS [16]
#   connections; bench/results/plans-latest.{md,json}, docs/benchmark.md
# Exit status: 0 run complete (targets reported PASS/FAIL), 1 setup failure or request errors,
# 2 targets missed with BENCH_ENFORCE_TARGETS=1.
set -euo pipefail
# shellcheck source=../scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
LOG_TAG=bench

CLIENTS="${BENCH_CLIENTS:-32}"
WARMUP="${BENCH_WARMUP:-20}"
DURATION="${BENCH_DURATION:-60}"
TOTAL="${BENCH_INSTITUTIONS:-100000}"
SEED="${BENCH_SEED:-20250101}"
RUNGS="${BENCH_RUNGS:-directory regional}"
REG_PLANS="${BENCH_REGIONAL_PLANS:-1000000}"
REG_CLIENTS="${BENCH_REGIONAL_CLIENTS:-16}"
REG_WARMUP="${BENCH_REGIONAL_WARMUP:-$WARMUP}"
REG_DURATION="${BENCH_REGIONAL_DURATION:-$DURATION}"
PLANS_CLIENTS="${BENCH_PLANS_CLIENTS:-16}"
PLANS_RATE="${BENCH_PLANS_RATE:-50}"
PLANS_AUDIT="${BENCH_PLANS_AUDIT:-10000000}"
rung() { [[ " $RUNGS " == *" $1 "* ]]; }
JAVA_OPTS_BACKEND="${BENCH_JAVA_OPTS:--Xms1g -Xmx1g -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8}"

BENCH="$ROOT/bench"
STATE="$ROOT/.local/bench"          # git-ignored (.local/)
PG_DATA="$STATE/postgres"
LOGS="$STATE/logs"
RUN="$STATE/run"
CLASSES="$STATE/classes"
KEYS="$STATE/keys"
BACKEND="$ROOT/backend"
JAR="$BACKEND/target/quarkus-app/quarkus-run.jar"
CLASSPATH_FILE="$BACKEND/target/test-classpath.txt"

# ---------------------------------------------------------------- processes we start
NAMES=(); PGIDS=()
start_component() { # NAME LOGFILE CMD... (own session and process group, like scripts/stack.sh)
  local name="$1" logfile="$2"; shift 2
  : >"$logfile"
  setsid "$@" >>"$logfile" 2>&1 </dev/null &
  LAST_PID=$!
  NAMES+=("$name"); PGIDS+=("$LAST_PID")
  log "$name started (pid $LAST_PID, log $logfile)"
}
group_alive() { kill -0 -- "-$1" 2>/dev/null; }
stop_group() { # NAME PGID
  local i
  group_alive "$2" || return 0
  kill -TERM -- "-$2" 2>/dev/null || true
  for i in $(seq 1 200); do group_alive "$2" || return 0; sleep 0.1; done
  log "$1 did not stop in 20 s, killing it"
  kill -KILL -- "-$2" 2>/dev/null || true
}
stop_postmaster() { # DATA_DIR: zonky starts the server with pg_ctl, outside our process group
  local pidfile="$1/postmaster.pid" pid i
  [[ -f "$pidfile" ]] || return 0
  pid="$(head -n 1 "$pidfile" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 0
  grep -qa postgres "/proc/$pid/cmdline" 2>/dev/null || return 0
  log "stopping PostgreSQL (pid $pid)"
  kill -INT "$pid" 2>/dev/null || true
  for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}
CLEANED=0
cleanup() {
  local rc=$? i
  (( CLEANED )) && return
  CLEANED=1
  trap '' INT TERM HUP PIPE
  set +e
  if (( ${#PGIDS[@]} )); then
    log "stopping: ${NAMES[*]}"
    for (( i=${#PGIDS[@]}-1; i>=0; i-- )); do stop_group "${NAMES[$i]}" "${PGIDS[$i]}"; done
  fi
  stop_postmaster "$PG_DATA"
  for p in ${PG_PORT:-} ${API_PORT:-}; do
    port_in_use "$p" && log "WARNING: port $p is still in use after the cleanup"
  done
  (( rc != 0 )) && log "logs: $LOGS"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# ---------------------------------------------------------------- tools
apt_get() {
  export DEBIAN_FRONTEND=noninteractive
  if [[ "$(id -u)" == 0 ]]; then apt-get "$@"; else sudo apt-get "$@"; fi
}
apt_update() { apt_get update -qq >/dev/null; }
apt_install() { # PACKAGE...
  apt_update
  apt_get install -y -qq --no-install-recommends "$@" >/dev/null
}
PGBENCH=pgbench
ensure_pg_tools() {
  if ! psql --version >/dev/null 2>&1; then
    log "installing Debian's postgresql-client (psql)"
    apt_install postgresql-client
  fi
  psql --version >/dev/null 2>&1 || die "psql is not available"
  if pgbench --version >/dev/null 2>&1; then
    return
  fi
  # Debian ships pgbench in the server package postgresql-N (bookworm: 15), whose installation
  # would create and start a cluster. Take only the pgbench binary out of the package instead;
  # it needs just libpq5, which postgresql-client brought. Any major version works against 18.
  local major tools="$STATE/tools"
  major="$(psql --version | sed -E 's/^psql \(PostgreSQL\) ([0-9]+).*/\1/')"
  if [[ ! -x "$tools/usr/lib/postgresql/$major/bin/pgbench" ]]; then
    log "extracting pgbench from Debian's postgresql-$major package (not installed: no cluster is created)"
    mkdir -p "$tools"
    (cd "$tools" && rm -f ./*.deb \
      && { apt-get download "postgresql-$major" >/dev/null 2>&1 \
           || { apt_update && apt-get download "postgresql-$major" >/dev/null; }; } \
      && dpkg-deb -x postgresql-"$major"_*.deb "$tools") || die "could not get pgbench from postgresql-$major"
  fi
  PGBENCH="$tools/usr/lib/postgresql/$major/bin/pgbench"
  "$PGBENCH" --version >/dev/null 2>&1 || die "pgbench from postgresql-$major does not run"
}

newer_than() { # TARGET PATH... -> 0 when TARGET is missing or any PATH has a newer file
  local target="$1"; shift
  [[ -e "$target" ]] || return 0
  [[ -n "$(find "$@" -newer "$target" -type f -print -quit 2>/dev/null)" ]]
}
build_backend() {
  if newer_than "$JAR" "$BACKEND/pom.xml" "$BACKEND/src/main" || newer_than "$CLASSPATH_FILE" "$BACKEND/pom.xml"; then
    log "building the backend (mvnw package -DskipTests) ..."
    mvnw -B -q -f "$BACKEND/pom.xml" package -DskipTests \
      "$MVN_DEPENDENCY_PLUGIN:build-classpath" -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE" \
      >"$LOGS/backend-build.log" 2>&1 || { tail_log "$LOGS/backend-build.log"; die "backend build failed"; }
  fi
  [[ -f "$JAR" && -f "$CLASSPATH_FILE" ]] || die "backend build output missing"
}

RESERVED_PORTS=" 5432 5433 55433 8080 8180 9180 18080 18180 19180 5173 14173 8088 "  # docs/development.md
free_port() { # FROM [EXCEPT]
  local p="$1"
  while port_in_use "$p" || [[ "$RESERVED_PORTS" == *" $p "* ]] || [[ "$p" == "${2:-}" ]]; do p=$((p + 1)); done
  echo "$p"
}

psql_bench() { psql -h localhost -p "$PG_PORT" -U postgres -d synergia -X -v ON_ERROR_STOP=1 "$@"; }
bench_tool() { "$JAVA" -cp "$CLASSES" Bench "$@"; }

# ---------------------------------------------------------------- preparation
command -v java >/dev/null && command -v javac >/dev/null || die "a JDK 17+ (java and javac) is needed"
command -v curl >/dev/null || die "curl is needed"
JAVA="$(java_bin)"
if pgrep -f "BenchPostgres .*--data-dir $PG_DATA\$" >/dev/null; then
  die "another benchmark is running on $STATE"
fi
stop_postmaster "$PG_DATA"   # left over by a run that was killed hard
rm -rf "$PG_DATA" "$RUN" "$LOGS"
mkdir -p "$LOGS" "$RUN" "$CLASSES"

ensure_pg_tools
build_backend
log "compiling the benchmark tools"
javac -nowarn -d "$CLASSES" "$BENCH/Bench.java"
javac -nowarn -d "$CLASSES" -cp "$(cat "$CLASSPATH_FILE")" "$BENCH/BenchPostgres.java"

PG_PORT="${BENCH_PG_PORT:-$(free_port 25433)}"
API_PORT="${BENCH_API_PORT:-$(free_port 28080 "$PG_PORT")}"
for p in "$PG_PORT" "$API_PORT"; do
  [[ "$RESERVED_PORTS" != *" $p "* ]] || die "port $p belongs to make run / make test (docs/development.md)"
  port_in_use "$p" && die "port $p is in use"
done
log "ports: PostgreSQL $PG_PORT, API $API_PORT; state in $STATE"

# ---------------------------------------------------------------- PostgreSQL
start_component postgres "$LOGS/postgres-launcher.log" "$JAVA" -XX:+UseSerialGC -Xmx128m \
  -cp "$CLASSES:$(cat "$CLASSPATH_FILE")" BenchPostgres \
  --port "$PG_PORT" --data-dir "$PG_DATA" --log-dir "$LOGS/postgres"
PG_LAUNCHER=$LAST_PID
start=$SECONDS
until grep -q "^READY " "$LOGS/postgres-launcher.log" 2>/dev/null; do
  kill -0 "$PG_LAUNCHER" 2>/dev/null || { tail_log "$LOGS/postgres-launcher.log"; die "PostgreSQL did not start"; }
  (( SECONDS - start < 120 )) || { tail_log "$LOGS/postgres-launcher.log"; die "PostgreSQL not ready after 120 s"; }
  sleep 0.5
done
POSTMASTER="$(head -n 1 "$PG_DATA/postmaster.pid")"
log "PostgreSQL ready after $((SECONDS - start)) s (postmaster pid $POSTMASTER)"

# ---------------------------------------------------------------- backend, profile bench
bench_tool keygen --dir "$KEYS"
bench_tool token --dir "$KEYS" >"$RUN/token"
# shellcheck disable=SC2086
start_component backend "$LOGS/backend.log" env \
  SYNERGIA_BENCH_OIDC_PUBLIC_KEY="$(cat "$KEYS/public.b64")" \
  SYNERGIA_BENCH_HTTP_PORT="$API_PORT" \
  SYNERGIA_BENCH_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/synergia" \
  "$JAVA" $JAVA_OPTS_BACKEND -Dquarkus.profile=bench \
  -Dquarkus.config.locations="$BENCH/backend-bench.properties" -jar "$JAR"
BACKEND_PID=$LAST_PID
wait_http backend "http://localhost:$API_PORT/q/health/ready" 180 "$LOGS/backend.log" "$BACKEND_PID" || exit 1
API="http://localhost:$API_PORT"
# the profile's authentication works, and only with a valid token
[[ "$(http_status "$API/api/v1/institutions")" == 401 ]] || die "the API answers without a token"

# ---------------------------------------------------------------- data
POPULATION="${BENCH_POPULATION_CSV:-}"
[[ -z "$POPULATION" && -f "$ROOT/data/teryt/population.csv" ]] && POPULATION="$ROOT/data/teryt/population.csv"
gen_args=(-v total="$TOTAL" -v seed="$SEED")
if [[ -n "$POPULATION" ]]; then
  [[ -f "$POPULATION" ]] || die "BENCH_POPULATION_CSV: no file $POPULATION"
  gen_args+=(-v population_csv="$(realpath "$POPULATION")")
  WEIGHTING="GUS population per gmina ($(realpath --relative-to="$ROOT" "$POPULATION"))"
else
  WEIGHTING="mean population of the gmina's class (no per-gmina population file in the repository)"
fi
log "generating $TOTAL institutions (seed $SEED; weighting: $WEIGHTING) ..."
start=$SECONDS
psql_bench -q "${gen_args[@]}" -f "$BENCH/generate.sql" >"$RUN/generate.out" 2>&1 \
  || { tail_log "$RUN/generate.out"; die "data generation failed"; }
GEN_SECONDS=$((SECONDS - start))
log "data ready in $GEN_SECONDS s"
# per-statement figures for the investigation (bench database only; loaded by BenchPostgres)
psql_bench -qAt -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
DATA_SUMMARY="$(psql_bench -At -c "SELECT format('%s institutions (%s active) in %s gminas of all %s voivodeships, %s offerings; table %s + indexes %s',
    (SELECT count(*) FROM institution), (SELECT count(*) FROM institution WHERE active),
    (SELECT count(DISTINCT gmina_teryt) FROM institution), (SELECT count(DISTINCT substr(gmina_teryt, 1, 2)) FROM institution),
    (SELECT count(*) FROM offering), pg_size_pretty(pg_table_size('institution')), pg_size_pretty(pg_indexes_size('institution')))")"

CLK_TCK="$(getconf CLK_TCK)"
PGBENCH_CLIENTS="$CLIENTS"
pgbench_run() { # SECONDS [extra args]: the scripts of PGBENCH_ARGS with PGBENCH_CLIENTS clients
  local seconds="$1"; shift
  "$PGBENCH" -h localhost -p "$PG_PORT" -U postgres -n -M prepared -c "$PGBENCH_CLIENTS" -j "$(nproc)" -T "$seconds" \
    "$@" "${PGBENCH_ARGS[@]}" synergia
}
top_statements() { # OUTFILE [PATTERN]: the costliest statements since the last reset (pg_stat_statements)
  psql_bench -q -c "SELECT calls, round(mean_exec_time::numeric, 2) AS mean_ms, round(total_exec_time::numeric) AS total_ms,
      left(regexp_replace(query, '^select i1_0[.]id,.* from ', 'select ... from '), 200) AS query
    FROM pg_stat_statements WHERE query ILIKE '%${2:-institution}%' ORDER BY total_exec_time DESC LIMIT 20" >"$1" 2>&1 || true
}
cpu_model="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
mem_gib="$(awk '/^MemTotal:/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)"
commit_id() { echo "$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- backend bench ':!bench/results' 2>/dev/null || echo '+changes')"; }
setup_line() {
  echo "PostgreSQL $(psql_bench -qAt -c 'SHOW server_version' | cut -d' ' -f1) (embedded, zonky; defaults except max_connections=120 and pg_stat_statements), pgbench $("$PGBENCH" --version | awk '{print $3}') (-M prepared, -j $(nproc)), backend = packaged jar, profile bench, $("$JAVA" -version 2>&1 | head -n 1 | tr -d '"'), JVM flags \`$JAVA_OPTS_BACKEND\`, datasource pool $(grep -q 'quarkus.datasource.jdbc.max-size' "$BENCH/backend-bench.properties" && grep 'quarkus.datasource.jdbc.max-size' "$BENCH/backend-bench.properties" | cut -d= -f2 || echo '20 (Quarkus default)'); load client = bench/Bench.java (JDK, one keep-alive HTTP/1.1 connection per client)."
}
mkdir -p "$BENCH/results"

if rung directory; then
# ---------------------------------------------------------------- the SQL the API sends
log "capturing the SQL of each query of the mix"
psql_bench -qAt -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" >/dev/null
sleep 1
bench_tool capture --url "$API" --token-file "$RUN/token" --mix "$BENCH/mix.tsv" --psql-port "$PG_PORT" \
  --out "$RUN/capture.properties"
psql_bench -qAt -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" >/dev/null
sleep 1
bench_tool pgbench-scripts --log "$LOGS/postgres/postgresql.log" --mix "$BENCH/mix.tsv" --out "$RUN/scripts"
# the captured SQL answers what the API answered (count of each query = its totalItems)
psql_bench -qAt -F '|' -f "$RUN/scripts/verify.sql" >"$RUN/verify.out"

# ---------------------------------------------------------------- load on the API
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
psql_bench -qAt -c "SELECT pg_stat_statements_reset()" >/dev/null
log "API: $CLIENTS clients, ${WARMUP} s warm-up + ${DURATION} s measured ..."
bench_tool load --url "$API" --token-file "$RUN/token" --mix "$BENCH/mix.tsv" --clients "$CLIENTS" \
  --warmup "$WARMUP" --duration "$DURATION" --cpu "all=all,backend=$BACKEND_PID,postgres=$POSTMASTER+" \
  --clk-tck "$CLK_TCK" --out "$RUN/api.properties"
top_statements "$RUN/pg_stat_statements-api.txt"
kill -0 "$BACKEND_PID" 2>/dev/null || { tail_log "$LOGS/backend.log"; die "the backend died during the load"; }

# ---------------------------------------------------------------- pgbench, same SQL and mix
mapfile -t PGBENCH_ARGS <"$RUN/scripts/pgbench.args"
log "pgbench: $CLIENTS clients, ${WARMUP} s warm-up + ${DURATION} s measured ..."
pgbench_run "$WARMUP" >"$RUN/pgbench-warmup.out" 2>&1 || { tail_log "$RUN/pgbench-warmup.out"; die "pgbench failed"; }
mkdir -p "$RUN/pgbench-log"
psql_bench -qAt -c "SELECT pg_stat_statements_reset()" >/dev/null
bench_tool cpu --cpu "all=all,postgres=$POSTMASTER+" --out "$RUN/cpu-before.properties"
TIMEFORMAT='%3U %3S'
{ time (cd "$RUN/pgbench-log" && pgbench_run "$DURATION" -l --log-prefix=pgbench_log >"$RUN/pgbench.out" 2>&1); } 2>"$RUN/pgbench.time" \
  || { tail_log "$RUN/pgbench.out"; die "pgbench failed"; }
bench_tool cpu --cpu "all=all,postgres=$POSTMASTER+" --out "$RUN/cpu-after.properties"
top_statements "$RUN/pg_stat_statements-pgbench.txt"
bench_tool pgbench-result --stdout "$RUN/pgbench.out" --logs "$RUN/pgbench-log" --mix "$BENCH/mix.tsv" \
  --cpu-before "$RUN/cpu-before.properties" --cpu-after "$RUN/cpu-after.properties" --clk-tck "$CLK_TCK" \
  --self-cpu "$RUN/pgbench.time" --out "$RUN/pgbench.properties"
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

# ---------------------------------------------------------------- report
{
  echo "date=$(date -u +'%Y-%m-%d %H:%M UTC')"
  echo "cpus=$(nproc)"
  echo "machine=$(nproc) CPUs ($cpu_model), $mem_gib GiB RAM, $(uname -sr); load average before/after: $LOAD_BEFORE / $LOAD_AFTER"
  echo "commit=$(commit_id)"
  echo "setup=$(setup_line)"
  echo "data=$DATA_SUMMARY; generated in $GEN_SECONDS s, seed $SEED, weighted by $WEIGHTING."
} >"$RUN/run.properties"
report_args=(--dir "$RUN" --mix "$BENCH/mix.tsv" --out-md "$BENCH/results/latest.md" --out-json "$BENCH/results/latest.json")
[[ "${BENCH_UPDATE_DOC:-1}" == 1 ]] && report_args+=(--doc "$ROOT/docs/benchmark.md")
bench_tool report "${report_args[@]}"
cp "$RUN/scripts/captured.sql" "$BENCH/results/captured-sql.sql"
log "results: bench/results/latest.md, bench/results/latest.json (captured SQL: bench/results/captured-sql.sql); run files: $RUN"
fi

if rung regional; then
# ---------------------------------------------------------------- regional rung: data
log "regional rung: generating $REG_PLANS plans (3 steps and 2 referrals each; seed $SEED) ..."
start=$SECONDS
psql_bench -q -v plans="$REG_PLANS" -v seed="$SEED" -v audit="$PLANS_AUDIT" -f "$BENCH/generate-regional.sql" >"$RUN/generate-regional.out" 2>&1 \
  || { tail_log "$RUN/generate-regional.out"; die "regional data generation failed"; }
REG_GEN_SECONDS=$((SECONDS - start))
REG_DATA="$(psql_bench -At -c "SELECT format('%s clients, %s plans, %s steps, %s referrals, %s outcomes, %s MLW Pakts (plans %s, steps %s, referrals %s)',
    (SELECT count(*) FROM client), (SELECT count(*) FROM action_plan), (SELECT count(*) FROM plan_step),
    (SELECT count(*) FROM referral), (SELECT count(*) FROM plan_outcome), (SELECT count(*) FROM partnership),
    pg_size_pretty(pg_total_relation_size('action_plan')), pg_size_pretty(pg_total_relation_size('plan_step')),
    pg_size_pretty(pg_total_relation_size('referral')))")"
log "regional data ready in $REG_GEN_SECONDS s: $REG_DATA"
bench_tool token --dir "$KEYS" --roles admin --institution none >"$RUN/token-admin"
# the Mazowieckie Centrum Polityki Społecznej of the seed data (V7)
bench_tool token --dir "$KEYS" --roles regional-analyst --institution ea79cbce-b5f2-5ab3-94ea-65741d58ce94 >"$RUN/token-analyst"

# ---------------------------------------------------------------- regional rung: full refresh
log "full refresh of the regional figures (every year of the history) ..."
bench_tool refresh --url "$API" --token-file "$RUN/token-admin" --out "$RUN/refresh.properties"
log "refresh done: $(grep -E '^(seconds|values)=' "$RUN/refresh.properties" | tr '\n' ' ')"
psql_bench -qAt -c "VACUUM (ANALYZE) indicator_value" >/dev/null
kill -0 "$BACKEND_PID" 2>/dev/null || { tail_log "$LOGS/backend.log"; die "the backend died during the refresh"; }

# ---------------------------------------------------------------- regional rung: each group of requests
PGBENCH_CLIENTS="$REG_CLIENTS"
REG_LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
for group in dashboard national; do
  mix="$BENCH/mix-regional-$group.tsv"
  token="$RUN/token-analyst"; [[ "$group" == national ]] && token="$RUN/token-admin"
  log "regional $group: capturing the SQL of each request"
  psql_bench -qAt -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" >/dev/null
  sleep 1
  bench_tool capture --url "$API" --token-file "$token" --mix "$mix" --psql-port "$PG_PORT" --out "$RUN/capture-$group.properties"
  psql_bench -qAt -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" >/dev/null
  sleep 1
  bench_tool pgbench-scripts --log "$LOGS/postgres/postgresql.log" --mix "$mix" --out "$RUN/scripts-$group"
  psql_bench -qAt -c "SELECT pg_stat_statements_reset()" >/dev/null
  log "regional $group: API, $REG_CLIENTS clients, ${REG_WARMUP} s warm-up + ${REG_DURATION} s measured ..."
  bench_tool load --url "$API" --token-file "$token" --mix "$mix" --clients "$REG_CLIENTS" \
    --warmup "$REG_WARMUP" --duration "$REG_DURATION" --cpu "all=all,backend=$BACKEND_PID,postgres=$POSTMASTER+" \
    --clk-tck "$CLK_TCK" --out "$RUN/api-$group.properties"
  top_statements "$RUN/pg_stat_statements-api-$group.txt" indicator_value
  kill -0 "$BACKEND_PID" 2>/dev/null || { tail_log "$LOGS/backend.log"; die "the backend died during the load"; }
  mapfile -t PGBENCH_ARGS <"$RUN/scripts-$group/pgbench.args"
  log "regional $group: pgbench, $REG_CLIENTS clients, ${REG_WARMUP} s warm-up + ${REG_DURATION} s measured ..."
  pgbench_run "$REG_WARMUP" >"$RUN/pgbench-warmup-$group.out" 2>&1 || { tail_log "$RUN/pgbench-warmup-$group.out"; die "pgbench failed"; }
  rm -rf "$RUN/pgbench-log-$group"; mkdir -p "$RUN/pgbench-log-$group"
  (cd "$RUN/pgbench-log-$group" && pgbench_run "$REG_DURATION" -l --log-prefix=pgbench_log >"$RUN/pgbench-$group.out" 2>&1) \
    || { tail_log "$RUN/pgbench-$group.out"; die "pgbench failed"; }
  bench_tool pgbench-result --stdout "$RUN/pgbench-$group.out" --logs "$RUN/pgbench-log-$group" --mix "$mix" \
    --out "$RUN/pgbench-$group.properties"
done
{
  echo "date=$(date -u +'%Y-%m-%d %H:%M UTC')"
  echo "cpus=$(nproc)"
  echo "machine=$(nproc) CPUs ($cpu_model), $mem_gib GiB RAM, $(uname -sr); load average before/after: $REG_LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "commit=$(commit_id)"
  echo "setup=$(setup_line)"
  echo "data=$REG_DATA, generated in $REG_GEN_SECONDS s (seed $SEED), beside $DATA_SUMMARY"
  echo "mix.dashboard=$BENCH/mix-regional-dashboard.tsv"
  echo "title.dashboard=Voivodeship dashboard (regional analyst of Mazowieckie)"
  echo "token.dashboard=regional-analyst of MCPS (scope: voivodeship 14)"
  echo "mix.national=$BENCH/mix-regional-national.tsv"
  echo "title.national=National table of 2,479 gminas (administrator)"
  echo "token.national=admin (scope: the nation)"
} >"$RUN/run-regional.properties"
regional_args=(--dir "$RUN" --groups dashboard,national --out-md "$BENCH/results/regional-latest.md"
  --out-json "$BENCH/results/regional-latest.json")
[[ "${BENCH_UPDATE_DOC:-1}" == 1 ]] && regional_args+=(--doc "$ROOT/docs/benchmark.md")
bench_tool report-regional "${regional_args[@]}"
cat "$RUN/scripts-dashboard/captured.sql" "$RUN/scripts-national/captured.sql" >"$BENCH/results/regional-captured-sql.sql"
log "results: bench/results/regional-latest.md, bench/results/regional-latest.json (captured SQL: bench/results/regional-captured-sql.sql)"
fi

if rung plans; then
# ---------------------------------------------------------------- plan rungs (issue #14): caseload, plan read, due list, inbox
if [[ -z "${REG_GEN_SECONDS:-}" ]]; then
  log "plan rungs: generating $REG_PLANS plans (3 steps, 2 referrals, a team of 3 each; ${PLANS_AUDIT} audit rows; seed $SEED) ..."
  start=$SECONDS
  psql_bench -q -v plans="$REG_PLANS" -v seed="$SEED" -v audit="$PLANS_AUDIT" -f "$BENCH/generate-regional.sql" \
    >"$RUN/generate-regional.out" 2>&1 || { tail_log "$RUN/generate-regional.out"; die "plan data generation failed"; }
  REG_GEN_SECONDS=$((SECONDS - start))
fi
PLANS_DATA="$(psql_bench -At -c "SELECT format('%s clients, %s plans, %s steps, %s referrals, %s team members, %s legal bases, %s caseload rows, %s audit rows in %s partitions',
    (SELECT count(*) FROM client), (SELECT count(*) FROM action_plan), (SELECT count(*) FROM plan_step), (SELECT count(*) FROM referral),
    (SELECT count(*) FROM plan_member), (SELECT count(*) FROM data_sharing), (SELECT count(*) FROM caseload),
    (SELECT count(*) FROM audit_log), (SELECT count(*) FROM pg_inherits WHERE inhparent = 'audit_log'::regclass))")"
# the OPS with the largest caseload, and the PUP on the most active plans (the largest partner)
OPS_ID="$(psql_bench -At -c "SELECT k.institution_id FROM caseload k JOIN institution i ON i.id = k.institution_id AND i.type = 'OPS'
    GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")"
PUP_ID="$(psql_bench -At -c "SELECT m.institution_id FROM plan_member m JOIN action_plan p ON p.id = m.plan_id AND p.status = 'ACTIVE'
    JOIN institution i ON i.id = m.institution_id AND i.type = 'PUP' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")"
bench_tool token --dir "$KEYS" --roles staff --institution "$OPS_ID" >"$RUN/token-ops"
bench_tool token --dir "$KEYS" --roles staff --institution "$PUP_ID" >"$RUN/token-pup"
# the mixes, written for these institutions: name<TAB>weight<TAB>path<TAB>target p95 (ms)
{ echo "# caseload pages of the OPS with the largest caseload (target: API p95 <= 50 ms)"
  for pg in 0 1 2 5 10 50; do printf 'caseload-page-%s\t1\t/api/v1/clients?page=%s&size=20\t50\n' "$pg" "$pg"; done
} >"$RUN/mix-plans-caseload.tsv"
{ echo "# plans led by that OPS, read whole (target: API p95 <= 50 ms; SQL <= 5 ms)"
  psql_bench -At -F $'\t' -c "SELECT 'plan-' || row_number() OVER (ORDER BY id), 1, '/api/v1/plans/' || id, 50
      FROM (SELECT id FROM action_plan WHERE lead_institution_id = '$OPS_ID' ORDER BY id LIMIT 20) p"
} >"$RUN/mix-plans-read.tsv"
printf '# the due list of the largest partner (target: API p95 <= 100 ms)\ndue-largest-partner\t1\t/api/v1/plans/due\t100\n' \
  >"$RUN/mix-plans-due.tsv"
{ echo "# the referral inbox of that partner (target: API p95 <= 100 ms)"
  for pg in 0 1 5; do printf 'inbox-page-%s\t1\t/api/v1/referrals?box=in&page=%s&size=20\t100\n' "$pg" "$pg"; done
  printf 'inbox-pending\t2\t/api/v1/referrals?box=in&status=SENT&size=20\t100\n'
} >"$RUN/mix-plans-inbox.tsv"
PGBENCH_CLIENTS="$PLANS_CLIENTS"
PLANS_LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
for group in caseload read due inbox; do
  mix="$RUN/mix-plans-$group.tsv"
  token="$RUN/token-ops"; [[ "$group" == due || "$group" == inbox ]] && token="$RUN/token-pup"
  log "plan rung $group: capturing the SQL of each request"
  psql_bench -qAt -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" >/dev/null
  sleep 1
  bench_tool capture --url "$API" --token-file "$token" --mix "$mix" --psql-port "$PG_PORT" --out "$RUN/capture-$group.properties"
  psql_bench -qAt -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" >/dev/null
  sleep 1
  bench_tool pgbench-scripts --log "$LOGS/postgres/postgresql.log" --mix "$mix" --out "$RUN/scripts-$group"
  rate_args=(); [[ "$group" == caseload ]] && rate_args=(--rate "$PLANS_RATE")
  log "plan rung $group: API, $PLANS_CLIENTS clients${rate_args[*]:+ (open model ${PLANS_RATE}/s)}, ${REG_WARMUP} s warm-up + ${REG_DURATION} s measured ..."
  bench_tool load --url "$API" --token-file "$token" --mix "$mix" --clients "$PLANS_CLIENTS" "${rate_args[@]}" \
    --warmup "$REG_WARMUP" --duration "$REG_DURATION" --cpu "all=all,backend=$BACKEND_PID,postgres=$POSTMASTER+" \
    --clk-tck "$CLK_TCK" --out "$RUN/api-$group.properties"
  kill -0 "$BACKEND_PID" 2>/dev/null || { tail_log "$LOGS/backend.log"; die "the backend died during the load"; }
  mapfile -t PGBENCH_ARGS <"$RUN/scripts-$group/pgbench.args"
  log "plan rung $group: pgbench, $PLANS_CLIENTS clients ..."
  pgbench_run "$REG_WARMUP" >"$RUN/pgbench-warmup-$group.out" 2>&1 || { tail_log "$RUN/pgbench-warmup-$group.out"; die "pgbench failed"; }
  rm -rf "$RUN/pgbench-log-$group"; mkdir -p "$RUN/pgbench-log-$group"
  (cd "$RUN/pgbench-log-$group" && pgbench_run "$REG_DURATION" -l --log-prefix=pgbench_log >"$RUN/pgbench-$group.out" 2>&1) \
    || { tail_log "$RUN/pgbench-$group.out"; die "pgbench failed"; }
  bench_tool pgbench-result --stdout "$RUN/pgbench-$group.out" --logs "$RUN/pgbench-log-$group" --mix "$mix" \
    --out "$RUN/pgbench-$group.properties"
done
{
  echo "date=$(date -u +'%Y-%m-%d %H:%M UTC')"
  echo "cpus=$(nproc)"
  echo "machine=$(nproc) CPUs ($cpu_model), $mem_gib GiB RAM, $(uname -sr); load average before/after: $PLANS_LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "commit=$(commit_id)"
  echo "setup=$(setup_line)"
  echo "data=$PLANS_DATA (generated in ${REG_GEN_SECONDS} s, seed $SEED), beside $DATA_SUMMARY"
  for group in caseload read due inbox; do echo "mix.$group=$RUN/mix-plans-$group.tsv"; done
  echo "title.caseload=Caseload page of the OPS with the largest caseload"
  echo "token.caseload=staff of that OPS"
  echo "title.read=Plan read (plans led by that OPS)"
  echo "token.read=staff of that OPS"
  echo "title.due=Due list of the largest partner (the PUP on the most active plans)"
  echo "token.due=staff of that PUP"
  echo "title.inbox=Referral inbox of that PUP"
  echo "token.inbox=staff of that PUP"
} >"$RUN/run-plans.properties"
plans_args=(--dir "$RUN" --groups caseload,read,due,inbox --run run-plans.properties --verdict verdict-plans.properties
  --title "Plan rungs benchmark" --section bench:plans-last-run
  --out-md "$BENCH/results/plans-latest.md" --out-json "$BENCH/results/plans-latest.json")
[[ "${BENCH_UPDATE_DOC:-1}" == 1 ]] && plans_args+=(--doc "$ROOT/docs/benchmark.md")
bench_tool report-regional "${plans_args[@]}"
cat "$RUN"/scripts-{caseload,read,due,inbox}/captured.sql >"$BENCH/results/plans-captured-sql.sql"
log "results: bench/results/plans-latest.md, bench/results/plans-latest.json (captured SQL: bench/results/plans-captured-sql.sql)"
fi

for verdict in "$RUN/verdict.properties" "$RUN/verdict-regional.properties" "$RUN/verdict-plans.properties"; do
  [[ -f "$verdict" ]] || continue
  grep -q '^errors=true' "$verdict" && { log "ERROR: requests failed or the SQL did not match the API ($verdict)"; exit 1; }
done
for verdict in "$RUN/verdict.properties" "$RUN/verdict-regional.properties" "$RUN/verdict-plans.properties"; do
  [[ -f "$verdict" ]] || continue
  if grep -q '^targets=false' "$verdict" && [[ "${BENCH_ENFORCE_TARGETS:-0}" == 1 ]]; then
    exit 2
  fi
done
exit 0
