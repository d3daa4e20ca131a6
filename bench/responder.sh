# Sourced by callgrind.sh and wall.sh: builds the bench driver with the official SDK, starts
# the loopback responder, and sets $bin, $url and $out (removed, with the responder, on exit).
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
cargo build --release -q -p awsop-bench --features official-sdk
bin="$root/target/release/awsop-bench"
out=$(mktemp -d)
"$bin" responder > "$out/url" &
responder=$!
trap 'kill $responder 2>/dev/null; rm -rf "$out"' EXIT
for _ in $(seq 50); do [ -s "$out/url" ] && break; sleep 0.1; done
url=$(head -1 "$out/url")
