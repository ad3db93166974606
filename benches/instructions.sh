#!/usr/bin/env bash
# Instructions per classified message in steady state, counted by callgrind (valgrind): the
# difference between ITERS=A and ITERS=B passes over the evaluation texts, so loading and warm-up
# cancel out. Deterministic for a given binary, whatever else the machine is doing.
#
# Usage: benches/instructions.sh [A] [B]    (default 10 20; needs valgrind: apt-get install valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
A=${1:-10}
B=${2:-20}
cargo build --release --quiet --example classify_loop
BIN=target/release/examples/classify_loop
count() { ITERS=$1 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BIN" 2>&1 | awk '/Collected/ {print $4}'; }
a=$(count "$A")
b=$(count "$B")
n=$(python3 - <<'PY'
import glob, tomllib
print(sum(len(tomllib.load(open(f, "rb")).get("case", [])) for f in glob.glob("tests/data/eval/*.toml")))
PY
)
echo "instructions per message: $(( (b - a) / ((B - A) * n) ))  ($n messages, passes $A..$B)"
