#!/usr/bin/env bash
# What declarations cost to compile: a one-call app (DynamoDB ListTables) on the scaffolded
# whole DynamoDB crate (examples/scaffolded/dynamodb: every operation, one crate per family
# over a shapes crate) against the same app on the official aws-sdk-dynamodb + aws-config,
# each a clean `cargo build --release --timings` in a fresh target dir, in one run. Prints a
# markdown table: the service crate(s)' unit time (the sum over the scaffolded crates, the app
# itself left out, as the official side leaves out its own) beside
# aws-sdk-dynamodb's, the whole app's clean build and stripped size, and the rebuild after
# touching one operation.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_WORK:-/tmp/awsop-bench-scaffolded}
rm -rf "$work" && mkdir -p "$work/src"
# build the committed tree, not whatever is being edited
git -C "$root" archive HEAD | tar -x -C "$work/src"
cp -r "$root/bench/apps/awsop-dynamodb-app" "$root/bench/apps/sdk-dynamodb-app" "$work/"
sed -i -e "s#path = \"../../../examples/scaffolded/dynamodb\"#path = \"$work/src/examples/scaffolded/dynamodb\"#" \
    -e "s#path = \"../../../runtime\"#path = \"$work/src/runtime\"#" "$work/awsop-dynamodb-app/Cargo.toml"
for app in awsop-dynamodb-app sdk-dynamodb-app; do (cd "$work/$app" && cargo fetch -q); done # downloads are not build time

seconds() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$2"; }
build() { # app [--timings] -> seconds
    local start end
    start=$(date +%s.%N)
    (cd "$work/$1" && CARGO_TARGET_DIR="$work/target-$1" cargo build --release -q "${@:2}")
    end=$(date +%s.%N)
    seconds "$start" "$end"
}
# the sum of the units whose crate name starts with $2 (the app itself left out), from the
# --timings report of app $1
units() {
    python3 - "$work/target-$1/cargo-timings/cargo-timing.html" "$2" <<'PY'
import json, re, sys
html = open(sys.argv[1]).read()
data = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", html, re.S).group(1))
picked = [u for u in data if u["name"].startswith(sys.argv[2]) and not u["name"].endswith("-app")]
print(f"{sum(u['duration'] for u in picked):.1f} {len(picked)} {sum(u['duration'] for u in data):.1f}")
PY
}
declare -A clean size
for app in awsop-dynamodb-app sdk-dynamodb-app; do
    clean[$app]=$(build "$app" --timings)
    strip -o "$work/$app.stripped" "$work/target-$app/release/$app"
    size[$app]=$(stat -c %s "$work/$app.stripped")
done
read -r ours ours_units ours_all <<<"$(units awsop-dynamodb-app awsop-dynamodb)"
read -r theirs theirs_units theirs_all <<<"$(units sdk-dynamodb-app aws-sdk-dynamodb)"
read -r runtime _ _ <<<"$(units awsop-dynamodb-app awsop)"
# each app's own unit: main.rs, the generic code it instantiates, and the link
app_unit() {
    python3 - "$work/target-$1/cargo-timings/cargo-timing.html" "$1" <<'PY'
import json, re, sys
html = open(sys.argv[1]).read()
data = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", html, re.S).group(1))
print(f"{sum(u['duration'] for u in data if u['name'] == sys.argv[2]):.1f}")
PY
}
ours_app=$(app_unit awsop-dynamodb-app)
theirs_app=$(app_unit sdk-dynamodb-app)
touch "$work/src/examples/scaffolded/dynamodb/crates/table/src/operations.rs" # ListTables' family
rebuild=$(build awsop-dynamodb-app)
touch "$work/src/examples/scaffolded/dynamodb/crates/other/src/operations.rs" # a largest family (16)
largest=$(build awsop-dynamodb-app)
touch "$work/sdk-dynamodb-app/src/main.rs"
sdk_rebuild=$(build sdk-dynamodb-app)

ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}x')" "$1" "$2"; }
mb() { python3 -c "import sys; print(f'{int(sys.argv[1]) / 1e6:.1f} MB')" "$1"; }
echo "| figure | awsop (scaffolded DynamoDB) | official aws-sdk-dynamodb + aws-config | awsop / official |"
echo "|---|---|---|---|"
echo "| service crate units (--timings) | $ours s ($ours_units crates) | $theirs s (1 crate) | $(ratio "$ours" "$theirs") |"
echo "| the app's own unit (main.rs, the generic code it instantiates, the link) | $ours_app s | $theirs_app s | $(ratio "$ours_app" "$theirs_app") |"
echo "| clean release build | ${clean[awsop-dynamodb-app]} s | ${clean[sdk-dynamodb-app]} s | $(ratio "${clean[awsop-dynamodb-app]}" "${clean[sdk-dynamodb-app]}") |"
echo "| stripped binary | $(mb "${size[awsop-dynamodb-app]}") | $(mb "${size[sdk-dynamodb-app]}") | $(ratio "${size[awsop-dynamodb-app]}" "${size[sdk-dynamodb-app]}") |"
echo "| rebuild after touching ListTables' family (table) / main.rs (official) | $rebuild s | $sdk_rebuild s | $(ratio "$rebuild" "$sdk_rebuild") |"
echo "| rebuild after touching a largest family (other, 16 operations) | $largest s | | |"
echo
echo "Unit time summed over all units: awsop app $ours_all s, official app $theirs_all s (the units run in parallel on the machine's cores). awsop's runtime and macros (units named awsop*, the service crates included): $runtime s."
