#!/usr/bin/env bash
# Whole-program throughput of `claims extract` on the shared news corpora. Publishes the program as users should
# run it in production (Release, ReadyToRun), then runs each corpus RUNS times (default 5) for each thread count in
# THREADS (default "1 2"; one thread is pinned to one CPU, more threads get every CPU) under /usr/bin/time -v and
# prints words, median wall time, words per second, median peak RSS and rows; checks that every thread count
# writes the same bytes; measures the time to the first row; and with BIG=1 also the peak RSS on a ~100 MB input
# made by repeating bbc-news; and the wall time of `extract | head -1` against the full run (a reader that stops
# early stops the run). Needs ../shared beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-5}
threads_list=${THREADS:-"1 $(nproc)"}
cpu=${CPU:-0}
shared=../shared/corpora
corpora=(
  "bbc-news=$shared/bbc-news/bbc_news_2225.jsonl"
  "en-worldwide-newswire=$shared/en-worldwide-newswire/en_worldwide_newswire_articles.jsonl"
)

fail() { echo "whole-run: error: $*" >&2; exit 1; }

[ -d ../shared ] || fail "../shared is missing: the corpora must sit beside the checkout ($(pwd)/../shared/corpora)"
for entry in "${corpora[@]}"; do
  [ -f "${entry#*=}" ] || fail "corpus not found: ${entry#*=}"
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || fail "RUNS must be a positive integer, not '$runs'"

if [ ! -x /usr/bin/time ]; then
  # GNU time gives the peak RSS; the shell's `time` keyword does not.
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "whole-run: installing GNU time (apt-get install time)" >&2
    apt-get update -qq >/dev/null && apt-get install -y -qq time >/dev/null || fail "could not install the 'time' package"
  else
    fail "/usr/bin/time is missing: apt-get install -y time"
  fi
fi
command -v python3 >/dev/null 2>&1 || fail "python3 is needed to count words and time the first row"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "whole-run: publishing Release with ReadyToRun" >&2
dotnet publish src/ClaimPipeline.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$tmp/bin" -nologo -v quiet >&2 || fail "dotnet publish failed"
bin="$tmp/bin/claims"
config="$(pwd)/pipeline.json"
[ -x "$bin" ] || fail "no program at $bin after publishing"

pin_for() { # one thread runs on one CPU; more threads on all of them
  if [ "$1" = 1 ] && command -v taskset >/dev/null 2>&1; then echo "taskset -c $cpu"; fi
}

count_words() {
  python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].split()) for l in open(sys.argv[1], encoding="utf-8") if l.strip()))' "$1"
}

# CSV rows without the header; fields may hold line breaks, so lines are not rows.
count_rows() {
  python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline="", encoding="utf-8"))) - 1)' "$1"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34" → seconds.
wall_seconds() {
  sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$1" |
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f\n", s }'
}
peak_kb() { sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$1"; }

# Seconds from start until the first data row is on stdout (header excluded), median of RUNS.
first_row() {
  python3 - "$@" <<'PY'
import subprocess, sys, time
times = []
for _ in range(int(sys.argv[1])):
    start = time.monotonic()
    p = subprocess.Popen(sys.argv[2:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    p.stdout.readline(); p.stdout.readline()
    times.append(time.monotonic() - start)
    p.kill(); p.wait()
times.sort()
print("%.3f" % times[len(times) // 2])
PY
}

results=()
for entry in "${corpora[@]}"; do
  name=${entry%%=*}
  corpus=${entry#*=}
  words=$(count_words "$corpus")
  reference=""
  for threads in $threads_list; do
    : > "$tmp/wall"
    : > "$tmp/rss"
    pin=$(pin_for "$threads")
    out="$tmp/$name-$threads.csv"
    for i in $(seq 1 "$runs"); do
      rm -f "$out"
      # shellcheck disable=SC2086
      if ! $pin /usr/bin/time -v -o "$tmp/time.txt" "$bin" extract "$corpus" --config "$config" --threads "$threads" -o "$out" > /dev/null 2> "$tmp/stderr.txt"; then
        cat "$tmp/stderr.txt" >&2
        fail "claims extract failed on $corpus (threads $threads, run $i)"
      fi
      wall=$(wall_seconds "$tmp/time.txt")
      rss=$(peak_kb "$tmp/time.txt")
      echo "$wall" >> "$tmp/wall"
      echo "$rss" >> "$tmp/rss"
      echo "whole-run: $name threads $threads run $i/$runs: ${wall}s, peak RSS ${rss} KB" >&2
    done
    if [ -z "$reference" ]; then reference="$out"; else cmp -s "$reference" "$out" || fail "$name: output with --threads $threads differs from --threads ${threads_list%% *}"; fi
    rows=$(count_rows "$out")
    wall=$(median < "$tmp/wall")
    rss=$(median < "$tmp/rss")
    rate=$(awk -v w="$words" -v s="$wall" 'BEGIN { printf "%.0f", (s > 0 ? w / s : 0) }')
    rss_mb=$(awk -v k="$rss" 'BEGIN { printf "%.1f", k / 1024 }')
    results+=("$(printf '%-22s %8s %10s %8s %12s %14s %8s' "$name" "$threads" "$words" "$wall" "$rate" "$rss_mb" "$rows")")
  done
done
# shellcheck disable=SC2086
latency=$(first_row "$runs" "$bin" extract "${corpora[0]#*=}" --config "$config")

echo
echo "claims extract (ReadyToRun), $runs runs each; one thread pinned to CPU $cpu; medians"
printf '%-22s %8s %10s %8s %12s %14s %8s\n' corpus threads words wall_s words_per_s peak_rss_MiB rows
printf '%s\n' "${results[@]}"
echo "first row on stdout after ${latency}s (bbc-news, default threads, median of $runs)"

# A reader that stops early (`| head -1`) must stop the run: whole-pipeline wall time of `extract | head -1` against
# the full run, on bbc-news repeated 4 times (JSONL out, default threads), medians of RUNS.
quad="$tmp/quad.jsonl"
for _ in 1 2 3 4; do cat "${corpora[0]#*=}" >> "$quad"; done
: > "$tmp/full"
: > "$tmp/head"
for i in $(seq 1 "$runs"); do
  /usr/bin/time -v -o "$tmp/time.txt" sh -c '"$1" extract "$2" --config "$3" --format jsonl > /dev/null' sh "$bin" "$quad" "$config"
  wall_seconds "$tmp/time.txt" >> "$tmp/full"
  /usr/bin/time -v -o "$tmp/time.txt" sh -c '"$1" extract "$2" --config "$3" --format jsonl | head -1 > /dev/null' sh "$bin" "$quad" "$config"
  wall_seconds "$tmp/time.txt" >> "$tmp/head"
done
full=$(median < "$tmp/full")
head_wall=$(median < "$tmp/head")
echo "extract | head -1 on bbc-news x4 ($(stat -c %s "$quad") bytes): ${head_wall}s against ${full}s for the full run ($(awk -v h="$head_wall" -v f="$full" 'BEGIN { printf "%.1f", (f > 0 ? 100 * h / f : 0) }')%), medians of $runs"

if [ "${BIG:-0}" = 1 ]; then
  big="$tmp/big.jsonl"
  corpus=${corpora[0]#*=}
  while [ "$(stat -c %s "$big" 2>/dev/null || echo 0)" -lt 100000000 ]; do cat "$corpus" >> "$big"; done
  size_mb=$(awk -v b="$(stat -c %s "$big")" 'BEGIN { printf "%.0f", b / 1000000 }')
  /usr/bin/time -v -o "$tmp/time.txt" "$bin" extract "$big" --config "$config" -o "$tmp/big.csv" > /dev/null 2> "$tmp/stderr.txt" ||
    { cat "$tmp/stderr.txt" >&2; fail "claims extract failed on the big input"; }
  echo "big input: ${size_mb} MB of repeated bbc-news, default threads: $(wall_seconds "$tmp/time.txt")s, peak RSS $(awk -v k="$(peak_kb "$tmp/time.txt")" 'BEGIN { printf "%.1f", k / 1024 }') MiB"
fi
