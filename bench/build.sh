#!/usr/bin/env bash
# Clean release build time and stripped size of a one-call app: awsop against the official
# SDK + aws-config and the hand-written floor (reqwest + aws-sigv4 + serde_json), each in a
# fresh target dir; then the rebuild time after touching one
# operation's struct (awsop: the app's own family, connection, and the largest, other)
# or main.rs (the official app). Prints a markdown table.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_WORK:-/tmp/awsop-bench-build}
rm -rf "$work" && mkdir -p "$work/src"
# build the committed tree, not whatever is being edited
git -C "$root" archive HEAD | tar -x -C "$work/src"
cp -r "$root/bench/apps/awsop-app" "$root/bench/apps/sdk-app" "$root/bench/apps/raw-app" "$work/"
sed -i -e "s#path = \"../../../operations\"#path = \"$work/src/operations\"#" \
    -e "s#path = \"../../../runtime\"#path = \"$work/src/runtime\"#" "$work/awsop-app/Cargo.toml"
for app in awsop-app sdk-app raw-app; do (cd "$work/$app" && cargo fetch -q); done # downloads are not build time

seconds() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$2"; }
build() { # app -> seconds
    local start end
    start=$(date +%s.%N)
    (cd "$work/$1" && CARGO_TARGET_DIR="$work/target-$1" cargo build --release -q)
    end=$(date +%s.%N)
    seconds "$start" "$end"
}
declare -A clean size rebuild
largest=
for app in awsop-app sdk-app raw-app; do
    clean[$app]=$(build "$app")
    strip -o "$work/$app.stripped" "$work/target-$app/release/$app"
    size[$app]=$(stat -c %s "$work/$app.stripped")
done
touch "$work/src/operations/crates/connection/src/operations.rs" # CancelConnectionInvitation's family
rebuild[awsop-app]=$(build awsop-app)
touch "$work/src/operations/crates/other/src/operations.rs" # the largest family (13 operations)
largest=$(build awsop-app)
touch "$work/sdk-app/src/main.rs"
rebuild[sdk-app]=$(build sdk-app)

ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}x')" "$1" "$2"; }
mb() { python3 -c "import sys; print(f'{int(sys.argv[1]) / 1e6:.1f} MB')" "$1"; }
echo "| figure | awsop | official SDK + aws-config | hand-written floor | awsop / official | floor / official |"
echo "|---|---|---|---|---|---|"
echo "| clean release build | ${clean[awsop-app]} s | ${clean[sdk-app]} s | ${clean[raw-app]} s | $(ratio "${clean[awsop-app]}" "${clean[sdk-app]}") | $(ratio "${clean[raw-app]}" "${clean[sdk-app]}") |"
echo "| stripped binary | $(mb "${size[awsop-app]}") | $(mb "${size[sdk-app]}") | $(mb "${size[raw-app]}") | $(ratio "${size[awsop-app]}" "${size[sdk-app]}") | $(ratio "${size[raw-app]}" "${size[sdk-app]}") |"
echo "| rebuild after touching one operation (awsop) / main.rs (official) | ${rebuild[awsop-app]} s | ${rebuild[sdk-app]} s | | $(ratio "${rebuild[awsop-app]}" "${rebuild[sdk-app]}") | |"
echo "| rebuild after touching an operation of the largest family (other) | $largest s | | | | |"
