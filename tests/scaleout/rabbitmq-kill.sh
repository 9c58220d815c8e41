#!/usr/bin/env bash
# Kill test for `claims consume` (issue 20): starts a private RabbitMQ node bound to 127.0.0.1 (its own port, data
# and log folders), publishes a corpus one article a message, runs 3 consumers writing one file per article, SIGKILLs
# one mid-run, and checks that every article has output and that the output, de-duplicated and sorted by article id,
# equals a single-process `claims extract --errors inline` byte for byte. Installs rabbitmq-server and python3-pika
# with apt-get when missing; publishes the single-file binary unless CLAIMS names one; stops the node it started.
# Run on demand from the repository root (not in CI): tests/scaleout/rabbitmq-kill.sh [CORPUS.jsonl]
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${1:-../shared/corpora/bbc-news/bbc_news_2225.jsonl}
[ -f "$corpus" ] || { echo "rabbitmq-kill: $corpus is missing" >&2; exit 2; }
python=/usr/bin/python3
command -v rabbitmq-server > /dev/null || apt-get install -y -qq rabbitmq-server > /dev/null
"$python" -c 'import pika' 2> /dev/null || apt-get install -y -qq python3-pika > /dev/null
work=$(mktemp -d)
# The broker's own scripts, run as this user: Debian's /usr/sbin wrappers switch to the rabbitmq user, who cannot
# read this private folder.
sbin=$(ls -d /usr/lib/rabbitmq/lib/rabbitmq_server-*/sbin | head -1)
port=${RABBITMQ_TEST_PORT:-5679}
export RABBITMQ_NODENAME=claims-kill-test@localhost RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT=$port \
  RABBITMQ_DIST_PORT=$((port + 20000)) RABBITMQ_MNESIA_BASE=$work/mnesia RABBITMQ_LOG_BASE=$work/log \
  RABBITMQ_PID_FILE=$work/rabbitmq.pid RABBITMQ_ENABLED_PLUGINS_FILE=$work/enabled_plugins \
  RABBITMQ_CONFIG_FILE=$work/rabbitmq HOME=$work
echo "[]." > "$work/enabled_plugins"
printf 'listeners.tcp.default = 127.0.0.1:%s\nloopback_users = none\n' "$port" > "$work/rabbitmq.conf"
consumers=()
server=
epmd_before=$(pgrep -x epmd || true)
cleanup() {
  for pid in "${consumers[@]}"; do kill -KILL "$pid" 2> /dev/null || true; done
  "$sbin/rabbitmqctl" -n "$RABBITMQ_NODENAME" stop > /dev/null 2>&1 || true
  # Whatever is left of the node (it runs in its own process group), and the port mapper if this test started it.
  [ -n "$server" ] && kill -KILL -- "-$server" 2> /dev/null || true
  [ -z "$epmd_before" ] && pkill -KILL -x epmd 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
setsid "$sbin/rabbitmq-server" > "$work/server.out" 2>&1 &
server=$!
for _ in $(seq 1 120); do "$sbin/rabbitmq-diagnostics" -n "$RABBITMQ_NODENAME" -q check_running > /dev/null 2>&1 && break; sleep 1; done
"$sbin/rabbitmq-diagnostics" -n "$RABBITMQ_NODENAME" -q check_running > /dev/null 2>&1 \
  || { echo "rabbitmq-kill: the node did not start in 120 s" >&2; tail -20 "$work/server.out" >&2; exit 1; }
uri="amqp://guest:guest@127.0.0.1:$port/%2F"

claims=${CLAIMS:-}
if [ -z "$claims" ]; then
  dotnet publish src/ClaimPipeline.Cli -c Release -r linux-x64 --self-contained -p:PublishSingleFile=true \
    -p:IncludeAllContentForSelfExtract=true -o "$work/dist" -nologo -v quiet > /dev/null
  claims=$work/dist/claims
fi
articles=$(grep -c . "$corpus")
"$claims" extract "$corpus" --format jsonl --errors inline --threads 2 > "$work/single.jsonl" 2> /dev/null || true

# One article a persistent message, published with confirms.
"$python" - "$port" "$corpus" << 'PY'
import sys, pika
connection = pika.BlockingConnection(pika.ConnectionParameters("127.0.0.1", int(sys.argv[1])))
channel = connection.channel()
channel.queue_declare("articles", durable=True)
channel.confirm_delivery()
with open(sys.argv[2], "rb") as corpus:
    for line in corpus:
        if line.strip():
            channel.basic_publish("", "articles", line.rstrip(b"\n"), pika.BasicProperties(delivery_mode=2))
connection.close()
PY

mkdir -p "$work/out"
for i in 1 2 3; do
  "$claims" consume --rabbitmq "$uri" --queue articles --out "$work/out" --prefetch 4 --exit-when-idle 10 2> "$work/consumer$i.log" &
  consumers+=($!)
done
# Bounded wait for the consumers to be well under way, then SIGKILL one of them.
for _ in $(seq 1 240); do [ "$(ls "$work/out" | grep -c 'jsonl$' || true)" -ge 300 ] && break; sleep 0.5; done
done_before=$(ls "$work/out" | grep -c 'jsonl$' || true)
kill -KILL "${consumers[0]}"
echo "rabbitmq-kill: killed consumer ${consumers[0]} with $done_before of $articles articles done"
for pid in "${consumers[@]:1}"; do
  for _ in $(seq 1 1200); do kill -0 "$pid" 2> /dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2> /dev/null && { echo "rabbitmq-kill: a consumer did not finish in 600 s" >&2; exit 1; }
  wait "$pid" || { echo "rabbitmq-kill: a consumer failed" >&2; cat "$work"/consumer*.log >&2; exit 1; }
done
consumers=()
left=$("$sbin/rabbitmqctl" -n "$RABBITMQ_NODENAME" list_queues name messages 2> /dev/null | awk '$1 == "articles" { print $2 }')

# Every article id has its file; the files' rows, sorted by article id, against the single-process run.
"$python" - "$corpus" "$work/out" "$work/single.jsonl" "$left" << 'PY'
import json, os, sys
corpus, out, single, left = sys.argv[1:5]
def file_name(article_id):
    return "".join(c if (c.isascii() and c.isalnum()) or c in "-_" or (c == "." and i > 0) else "".join(f"%{b:02X}" for b in c.encode()) for i, c in enumerate(article_id)) + ".jsonl"
ids = [json.loads(line)["id"] for line in open(corpus, encoding="utf-8") if line.strip()]
missing = [i for i in ids if not os.path.exists(os.path.join(out, file_name(i)))]
rows = []
for i in ids:
    path = os.path.join(out, file_name(i))
    if os.path.exists(path):
        rows += open(path, encoding="utf-8").read().splitlines(keepends=True)
unique = list(dict.fromkeys(rows))
expected = open(single, encoding="utf-8").read().splitlines(keepends=True)
by_id = lambda lines: sorted(lines, key=lambda l: json.loads(l).get("article_id") or "")
print(f"rabbitmq-kill: {len(ids) - len(missing)}/{len(ids)} articles with output, {len(missing)} lost, "
      f"{len(rows) - len(unique)} duplicate rows, {len(rows)} rows, {left or '?'} messages left in the queue")
if missing:
    sys.exit("rabbitmq-kill: FAIL: articles without output: " + " ".join(missing[:10]))
if by_id(unique) != by_id(expected):
    sys.exit("rabbitmq-kill: FAIL: output differs from a single-process run")
print("rabbitmq-kill: PASS: de-duplicated and sorted by article id, the output equals a single-process run byte for byte")
PY
