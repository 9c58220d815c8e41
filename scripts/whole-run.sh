#!/usr/bin/env bash
# Whole-program throughput of `claims extract` on the shared news corpora: builds Release, runs each corpus
# RUNS times (default 5) under /usr/bin/time -v on one CPU, and prints words, median wall time, words per
# second from that median, median peak RSS and rows written. Needs ../shared beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-5}
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
command -v python3 >/dev/null 2>&1 || command -v jq >/dev/null 2>&1 || fail "python3 or jq is needed to count words"

# Pinning to one CPU matches the program (single-threaded) and keeps the GC's background thread on the same core.
pin=()
command -v taskset >/dev/null 2>&1 && pin=(taskset -c "$cpu")

echo "whole-run: building Release" >&2
dotnet build -c Release src/ClaimPipeline.Cli -nologo -v quiet >&2 || fail "the Release build failed"
bin=src/ClaimPipeline.Cli/bin/Release/net10.0/claims
[ -x "$bin" ] || fail "no program at $bin after the build"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Whitespace-separated words of every "text" field, counted once per corpus.
count_words() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].split()) for l in open(sys.argv[1], encoding="utf-8") if l.strip()))' "$1"
  else
    jq -r '.text' "$1" | wc -w
  fi
}

# CSV rows without the header; fields may hold line breaks, so lines are not rows.
count_rows() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline="", encoding="utf-8"))) - 1)' "$1"
  else
    echo $(($(wc -l < "$1") - 1))
  fi
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34" → seconds.
wall_seconds() {
  sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$1" |
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f\n", s }'
}
peak_kb() { sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$1"; }

results=()
for entry in "${corpora[@]}"; do
  name=${entry%%=*}
  corpus=${entry#*=}
  words=$(count_words "$corpus")
  : > "$tmp/wall"
  : > "$tmp/rss"
  for i in $(seq 1 "$runs"); do
    out="$tmp/$name.csv"
    rm -f "$out"
    if ! "${pin[@]}" /usr/bin/time -v -o "$tmp/time.txt" "$bin" extract "$corpus" -o "$out" > /dev/null 2> "$tmp/stderr.txt"; then
      cat "$tmp/stderr.txt" >&2
      fail "claims extract failed on $corpus (run $i)"
    fi
    wall=$(wall_seconds "$tmp/time.txt")
    rss=$(peak_kb "$tmp/time.txt")
    echo "$wall" >> "$tmp/wall"
    echo "$rss" >> "$tmp/rss"
    echo "whole-run: $name run $i/$runs: ${wall}s, peak RSS ${rss} KB" >&2
  done
  rows=$(count_rows "$out")
  wall=$(median < "$tmp/wall")
  rss=$(median < "$tmp/rss")
  rate=$(awk -v w="$words" -v s="$wall" 'BEGIN { printf "%.0f", (s > 0 ? w / s : 0) }')
  rss_mb=$(awk -v k="$rss" 'BEGIN { printf "%.1f", k / 1024 }')
  results+=("$(printf '%-22s %10s %12s %12s %14s %10s' "$name" "$words" "$wall" "$rate" "$rss_mb" "$rows")")
done

echo
echo "claims extract, $runs runs per corpus, ${pin[*]:-no CPU pinning}; medians"
printf '%-22s %10s %12s %12s %14s %10s\n' corpus words wall_s words_per_s peak_rss_MiB rows
printf '%s\n' "${results[@]}"
