#!/usr/bin/env bash
# Is a change slower? Publishes REV (default: HEAD) and the working tree (Release, ReadyToRun) and runs both on
# bbc-news, alternating base and change RUNS times each (default 3) so that a busy neighbour slows both alike, with
# THREADS threads (default 2). Prints each run, then per side the median wall time, words per second (words as
# `wc -w` counts the articles' text) and the median peak RSS. Needs ../shared beside the checkout.
# Usage: scripts/speed-compare.sh [REV]
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-HEAD}
runs=${RUNS:-3}
threads=${THREADS:-2}
corpus=../shared/corpora/bbc-news/bbc_news_2225.jsonl
fail() { echo "speed-compare: error: $*" >&2; exit 2; }
[ -f "$corpus" ] || fail "$corpus is missing"
[ -x /usr/bin/time ] || fail "GNU time (/usr/bin/time) is missing: apt-get install time"
git rev-parse --verify -q "$rev^{commit}" > /dev/null || fail "not a commit: $rev"

work=$(mktemp -d)
cleanup() { git worktree remove --force "$work/base" > /dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
git worktree add -q --detach "$work/base" "$rev"
for side in base change; do
  src=$([ "$side" = base ] && echo "$work/base" || pwd)
  dotnet publish "$src/src/ClaimPipeline.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$work/$side-bin" -nologo -v quiet >&2 || fail "dotnet publish failed ($side)"
done
words=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].split()) for l in open(sys.argv[1]) if l.strip()))' "$corpus")

for ((i = 1; i <= runs; i++)); do
  for side in base change; do
    src=$([ "$side" = base ] && echo "$work/base" || pwd)
    /usr/bin/time -f "%e %M" -o "$work/t" "$work/$side-bin/claims" extract "$corpus" --threads "$threads" \
      --config "$src/pipeline.json" > /dev/null 2> "$work/err" || { cat "$work/err" >&2; fail "$side run failed"; }
    read -r wall rss < "$work/t"
    echo "$side run $i: ${wall} s, peak RSS $((rss / 1024)) MiB" >&2
    echo "$wall $rss" >> "$work/$side.txt"
  done
done
for side in base change; do
  python3 - "$work/$side.txt" "$words" "$side" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
wall = statistics.median(float(r[0]) for r in rows)
rss = statistics.median(int(r[1]) for r in rows) / 1024
print(f"{sys.argv[3]}: median {wall:.2f} s, {int(sys.argv[2]) / wall:,.0f} words/s, median peak RSS {rss:.1f} MiB")
PY
done
echo "speed-compare: bbc-news ($words words), $threads threads, $runs runs each, base $(git rev-parse --short "$rev")"
