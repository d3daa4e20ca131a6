#!/usr/bin/env bash
# Instructions per call and client construction cost under callgrind, for awsop, the official
# SDK and the hand-written floor, against one loopback responder. Per call: (N=200 - N=0) / 200.
# Construction: N=0 with the client minus N=0 without one. Prints a markdown table.
set -euo pipefail
source "$(dirname "$0")/responder.sh"
N=${N:-200}

instructions() { # client n -> Ir
    valgrind --tool=callgrind --callgrind-out-file="$out/cg" "$bin" calls --client "$1" --n "$2" --endpoint "$url" 2>/dev/null
    sed -n 's/^summary: *//p' "$out/cg"
}
declare -A zero full
zero[none]=$(instructions none 0)
for client in awsop sdk raw; do
    zero[$client]=$(instructions "$client" 0)
    full[$client]=$(instructions "$client" "$N")
done
per_call() { echo $(( (full[$1] - zero[$1]) / N )); }
construction() { echo $(( zero[$1] - zero[none] )); }
ratio() { python3 -c "import sys; print(f'{int(sys.argv[1]) / int(sys.argv[2]):.2f}x')" "$1" "$2"; }
echo "| figure (instructions) | awsop | official SDK | hand-written floor | awsop / SDK | floor / SDK |"
echo "|---|---|---|---|---|---|"
echo "| per call | $(per_call awsop) | $(per_call sdk) | $(per_call raw) | $(ratio "$(per_call awsop)" "$(per_call sdk)") | $(ratio "$(per_call raw)" "$(per_call sdk)") |"
echo "| client construction | $(construction awsop) | $(construction sdk) | $(construction raw) | $(ratio "$(construction awsop)" "$(construction sdk)") | $(ratio "$(construction raw)" "$(construction sdk)") |"
# restJson1: Scheduler's GetSchedule (a GET with a label and a query parameter), side by side,
# from a binary with aws-sdk-scheduler in it (built apart, so the table above is unchanged)
cargo build --release -q -p awsop-bench --features official-sdk-scheduler
bin="$root/target/release/awsop-bench"
for client in awsop-scheduler sdk-scheduler; do
    zero[$client]=$(instructions "$client" 0)
    full[$client]=$(instructions "$client" "$N")
done
echo
echo "| restJson1 GetSchedule (instructions) | awsop | official SDK (aws-sdk-scheduler) | awsop / SDK |"
echo "|---|---|---|---|"
echo "| per call | $(per_call awsop-scheduler) | $(per_call sdk-scheduler) | $(ratio "$(per_call awsop-scheduler)" "$(per_call sdk-scheduler)") |"
