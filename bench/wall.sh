#!/usr/bin/env bash
# Wall time per call, sequential and with 64 concurrent tasks, N=20,000 each, keep-alive, for
# the three clients against one loopback responder. Prints a markdown table (microseconds).
set -euo pipefail
source "$(dirname "$0")/responder.sh"
N=${N:-20000}
declare -A t
for c in 1 64; do
    for client in awsop sdk raw; do
        t[$client$c]=$("$bin" wall --client "$client" --n "$N" --concurrency "$c" --endpoint "$url")
    done
done
us() { python3 -c "import sys; print(f'{int(sys.argv[1]) / 1000:.1f}')" "$1"; }
ratio() { python3 -c "import sys; print(f'{int(sys.argv[2]) / int(sys.argv[1]):.2f}x')" "$1" "$2"; }
echo "| wall time per call (µs) | awsop | official SDK | hand-written floor | awsop throughput / SDK |"
echo "|---|---|---|---|---|"
echo "| sequential | $(us "${t[awsop1]}") | $(us "${t[sdk1]}") | $(us "${t[raw1]}") | $(ratio "${t[awsop1]}" "${t[sdk1]}") |"
echo "| 64 concurrent tasks | $(us "${t[awsop64]}") | $(us "${t[sdk64]}") | $(us "${t[raw64]}") | $(ratio "${t[awsop64]}" "${t[sdk64]}") |"
