#!/usr/bin/env bash
# Kill test for the Dask driver (issue 20): runs scaleout/dask/driver.py on a LocalCluster of 3 worker processes
# (127.0.0.1 only) over a corpus split into shards, SIGKILLs one worker mid-run, and checks that every article has
# output, counts duplicates, and that the outputs, sorted by article id, equal a single-process run byte for byte.
# Installs python3-dask and python3-distributed with apt-get when missing; publishes the single-file binary unless
# CLAIMS names one. Run on demand from the repository root (not in CI): tests/scaleout/dask-kill.sh [CORPUS.jsonl]
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${1:-../shared/corpora/bbc-news/bbc_news_2225.jsonl}
[ -f "$corpus" ] || { echo "dask-kill: $corpus is missing" >&2; exit 2; }
python=/usr/bin/python3
if ! "$python" -c 'import dask, distributed' 2> /dev/null; then
  apt-get install -y -qq python3-dask python3-distributed > /dev/null
fi
work=$(mktemp -d)
driver_pid=
cleanup() {
  # The driver closes its cluster; if it is still running, stop it and every process it started.
  if [ -n "$driver_pid" ] && kill -0 "$driver_pid" 2> /dev/null; then kill -TERM -- "-$driver_pid" 2> /dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
claims=${CLAIMS:-}
if [ -z "$claims" ]; then
  dotnet publish src/ClaimPipeline.Cli -c Release -r linux-x64 --self-contained -p:PublishSingleFile=true \
    -p:IncludeAllContentForSelfExtract=true -o "$work/dist" -nologo -v quiet > /dev/null
  claims=$work/dist/claims
fi
mkdir -p "$work/in" "$work/out"
split -l 75 -d -a 3 --additional-suffix=.jsonl "$corpus" "$work/in/shard-"
shards=$(ls "$work/in" | wc -l)
articles=$(grep -c . "$corpus")

"$claims" extract "$corpus" --format jsonl --errors inline --threads 2 > "$work/single.jsonl"

# The driver in its own process group, so that cleanup can stop all of it.
setsid "$python" scaleout/dask/driver.py --claims "$claims" --out "$work/out" --pids "$work/pids" "$work"/in/*.jsonl \
  2> "$work/driver.log" &
driver_pid=$!
# Bounded waits: the cluster up, then a few shards done, then one worker killed.
for _ in $(seq 1 240); do [ -s "$work/pids" ] && break; sleep 0.5; done
[ -s "$work/pids" ] || { echo "dask-kill: the cluster did not start in 120 s" >&2; cat "$work/driver.log" >&2; exit 1; }
for _ in $(seq 1 240); do [ "$(ls "$work/out" | grep -c 'jsonl$' || true)" -ge 3 ] && break; sleep 0.5; done
victim=$(head -1 "$work/pids")
done_before=$(ls "$work/out" | grep -c 'jsonl$' || true)
kill -KILL "$victim"
echo "dask-kill: killed worker $victim with $done_before of $shards shards done"
for _ in $(seq 1 1200); do kill -0 "$driver_pid" 2> /dev/null || break; sleep 0.5; done
if kill -0 "$driver_pid" 2> /dev/null; then echo "dask-kill: the driver did not finish in 600 s" >&2; exit 1; fi
wait "$driver_pid" || { echo "dask-kill: the driver failed" >&2; cat "$work/driver.log" >&2; exit 1; }
driver_pid=
# What Dask said of the lost worker (its nanny restarts it and the scheduler reruns its task).
grep -iE "restart|killed|lost|removing worker" "$work/driver.log" | head -3 | sed 's/^/dask-kill: driver log: /' || true
tail -1 "$work/driver.log" | sed 's/^/dask-kill: /'

"$claims" verify "$work"/in/*.jsonl --out "$work/out" > "$work/missing" 2> /dev/null || true
missing=$(grep -c . "$work/missing" || true)
cat "$work"/out/*.jsonl > "$work/all.jsonl"
rows=$(grep -c . "$work/all.jsonl" || true)
# De-duplicated keeping the first of each row, in order (a row is its claim_id and every field).
awk '!seen[$0]++' "$work/all.jsonl" > "$work/unique.jsonl"
unique=$(grep -c . "$work/unique.jsonl" || true)
# Sorted by article id, each article's rows in their own order (a stable sort on the id field).
sort_by_article() { "$python" -c 'import json,sys; rows=[l for l in sys.stdin]; rows.sort(key=lambda l: json.loads(l)["article_id"] or ""); sys.stdout.write("".join(rows))'; }
sort_by_article < "$work/unique.jsonl" > "$work/dask.sorted"
sort_by_article < "$work/single.jsonl" > "$work/single.sorted"
echo "dask-kill: $((articles - missing))/$articles articles with output, $missing lost, $((rows - unique)) duplicate rows, $rows rows"
if [ "$missing" -ne 0 ]; then echo "dask-kill: FAIL: articles without output" >&2; exit 1; fi
if ! cmp -s "$work/dask.sorted" "$work/single.sorted"; then echo "dask-kill: FAIL: output differs from a single-process run" >&2; exit 1; fi
echo "dask-kill: PASS: sorted by article id, the output equals a single-process run byte for byte"
