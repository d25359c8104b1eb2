#!/usr/bin/env bash
# The contract checked as third parties will read it (issue #13):
#  1. openapi-generator 7.17.0 validates openapi.yaml WITHOUT --skip-validate-spec (its own parser,
#     the one a client generator runs first); any error fails.
#  2. Spectral 6 with the OWASP API Security Top 10 2023 ruleset (tools/spectral/spectral.mjs, which
#     says why each changed rule is changed): any error fails; warnings are listed.
# Everything comes from Maven Central and npm; installed on first use (tools/spectral/node_modules,
# backend/target/tools).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SPEC="$ROOT/openapi.yaml"
GENERATOR_VERSION=7.17.0

echo "== openapi-generator $GENERATOR_VERSION validate"
TOOLS="$ROOT/backend/target/tools"
JAR="$TOOLS/openapi-generator-cli-$GENERATOR_VERSION.jar"
if [[ ! -f "$JAR" ]]; then
  (cd "$ROOT/backend" && ./mvnw -B -q dependency:copy \
    -Dartifact="org.openapitools:openapi-generator-cli:$GENERATOR_VERSION" -DoutputDirectory="$TOOLS")
fi
java -jar "$JAR" validate -i "$SPEC"

echo "== Spectral (OWASP API Security ruleset)"
cd "$ROOT/tools/spectral"
if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npx --no-install spectral lint --fail-severity=error --format=text \
  --ruleset spectral.mjs "$SPEC" > "$ROOT/backend/target/spectral.txt" || {
    grep -E ":[0-9]+:[0-9]+ error " "$ROOT/backend/target/spectral.txt" | head -50 || true
    echo "Spectral: errors above (all findings in backend/target/spectral.txt)"
    exit 1
  }
echo "Spectral: 0 errors; $(grep -cE ':[0-9]+:[0-9]+ warning ' "$ROOT/backend/target/spectral.txt" || true) warnings listed in backend/target/spectral.txt"
