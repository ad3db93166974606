#!/usr/bin/env bash
# End-to-end throughput of `sarcoma-bot classify` (target: at least 300,000 lines/s).
#
# Builds the release binary, writes a large input made of the evaluation texts
# (tests/data/eval/*.toml) repeated to about LINES lines, times
# `sarcoma-bot classify < input > /dev/null` and prints lines/s. Also prints peak RSS when
# GNU time (/usr/bin/time, apt package `time`) is installed.
#
# Usage: benches/classify_throughput.sh [LINES]    (default 1000000)
# Env:   RUNS (default 3, best run is reported), INPUT (default /tmp/sarcoma-classify-input.txt),
#        THREADS (passed as --threads; default: classify's own, one per core)
set -euo pipefail

cd "$(dirname "$0")/.."
LINES=${1:-1000000}
RUNS=${RUNS:-3}
INPUT=${INPUT:-/tmp/sarcoma-classify-input.txt}
BIN=target/release/sarcoma-bot
ARGS=(classify ${THREADS:+--threads "$THREADS"})

cargo build --release --quiet --bin sarcoma-bot

# One message per line: newlines inside a text become spaces (the CLI reads one message per line).
python3 - "$LINES" "$INPUT" <<'EOF'
import glob, sys
try:
    import tomllib
except ImportError:  # Python < 3.11
    import tomli as tomllib
lines, path = int(sys.argv[1]), sys.argv[2]
texts = []
for f in sorted(glob.glob("tests/data/eval/*.toml")):
    with open(f, "rb") as fh:
        for case in tomllib.load(fh).get("case", []):
            t = case.get("text")
            if t is not None:
                texts.append(" ".join(t.splitlines()))
if not texts:
    sys.exit("no eval texts found")
with open(path, "w", encoding="utf-8") as out:
    for i in range(lines):
        out.write(texts[i % len(texts)])
        out.write("\n")
EOF

bytes=$(wc -c < "$INPUT")
echo "input: $INPUT, $LINES lines, $bytes bytes ($((bytes / LINES)) bytes/line on average)"

# Sanity check: one JSON line out per line in.
out_lines=$("$BIN" "${ARGS[@]}" < "$INPUT" | wc -l)
if [ "$out_lines" -ne "$LINES" ]; then
    echo "error: $out_lines output lines for $LINES input lines" >&2
    exit 1
fi

best=""
for run in $(seq 1 "$RUNS"); do
    start=$(date +%s.%N)
    "$BIN" "${ARGS[@]}" < "$INPUT" > /dev/null
    end=$(date +%s.%N)
    secs=$(echo "$end - $start" | bc -l)
    rate=$(echo "$LINES / $secs" | bc -l)
    printf 'run %d: %.3f s, %.0f lines/s, %.2f us/line\n' "$run" "$secs" "$rate" "$(echo "$secs * 1000000 / $LINES" | bc -l)"
    if [ -z "$best" ] || [ "$(echo "$secs < $best" | bc -l)" -eq 1 ]; then best=$secs; fi
done
printf 'best: %.0f lines/s (target 300000)\n' "$(echo "$LINES / $best" | bc -l)"

if [ -x /usr/bin/time ] && /usr/bin/time -v true > /dev/null 2>&1; then
    /usr/bin/time -v "$BIN" "${ARGS[@]}" < "$INPUT" > /dev/null 2> /tmp/sarcoma-classify-time.txt || true
    grep -E 'Maximum resident set size|Elapsed \(wall clock\)|User time|System time' /tmp/sarcoma-classify-time.txt
else
    echo "peak RSS: /usr/bin/time (GNU time) not available; apt-get install time"
fi
