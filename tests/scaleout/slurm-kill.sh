#!/usr/bin/env bash
# Kill test for the Slurm scripts (issue 20): starts munged, slurmctld and three slurmd (-N n1, n2, n3) on 127.0.0.1
# from a private config, runs scaleout/slurm/resubmit.sh over a corpus split into shards, SIGKILLs one running task and
# kills one node's slurmd mid-run, and checks that every article has output and that the outputs, sorted by article
# id, equal a single-process run byte for byte. Installs slurmctld, slurmd, slurm-client and munge with apt-get when
# missing; stops every daemon it started by its pid. Run on demand from the repository root (not in CI):
#   CLAIMS=dist/claims tests/scaleout/slurm-kill.sh [CORPUS.jsonl]
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${1:-../shared/corpora/bbc-news/bbc_news_2225.jsonl}
[ -f "$corpus" ] || { echo "slurm-kill: $corpus is missing" >&2; exit 2; }
command -v slurmctld > /dev/null && command -v slurmd > /dev/null && command -v sbatch > /dev/null && command -v munged > /dev/null \
  || apt-get install -y -qq slurmctld slurmd slurm-client munge > /dev/null
work=$(mktemp -d)
chmod 755 "$work"
driver=
cleanup() {
  [ -n "$driver" ] && kill -TERM -- "-$driver" 2> /dev/null || true
  scancel --quiet --user=root 2> /dev/null || true
  for pid in "$work"/slurmd.n1.pid "$work"/slurmd.n2.pid "$work"/slurmd.n3.pid "$work"/slurmctld.pid "$work"/munge/munged.pid; do
    [ -f "$pid" ] && kill -TERM "$(cat "$pid")" 2> /dev/null || true
  done
  sleep 1
  for pid in "$work"/slurmd.n1.pid "$work"/slurmd.n2.pid "$work"/slurmd.n3.pid "$work"/slurmctld.pid "$work"/munge/munged.pid; do
    [ -f "$pid" ] && kill -KILL "$(cat "$pid")" 2> /dev/null || true
  done
  pkill -KILL -f "slurmstepd.*$work" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/state" "$work/spool" "$work/log" "$work/munge" "$work/in" "$work/out"
head -c 1024 /dev/urandom > "$work/munge/munge.key"; chmod 400 "$work/munge/munge.key"
munged --force --key-file="$work/munge/munge.key" --socket="$work/munge/munge.socket" --pid-file="$work/munge/munged.pid" \
  --log-file="$work/munge/munged.log" --seed-file="$work/munge/seed" < /dev/null > "$work/log/munged.out" 2>&1
port=${SLURM_TEST_PORT:-16817}
{
  echo "ClusterName=claimskill"
  echo "SlurmctldHost=localhost(127.0.0.1)"
  echo "SlurmctldPort=$port"
  echo "SlurmdPort=$((port + 1))"
  echo "SlurmUser=root"
  echo "SlurmdUser=root"
  echo "AuthType=auth/munge"
  echo "AuthInfo=socket=$work/munge/munge.socket"
  echo "CredType=cred/munge"
  echo "StateSaveLocation=$work/state"
  echo "SlurmdSpoolDir=$work/spool/slurmd.%n"
  echo "SlurmctldPidFile=$work/slurmctld.pid"
  echo "SlurmdPidFile=$work/slurmd.%n.pid"
  echo "SlurmctldLogFile=$work/log/slurmctld.log"
  echo "SlurmdLogFile=$work/log/slurmd.%n.log"
  echo "ProctrackType=proctrack/linuxproc"
  echo "TaskPlugin=task/none"
  echo "SchedulerType=sched/builtin"
  echo "SelectType=select/linear"
  echo "ReturnToService=2"
  echo "SlurmdTimeout=10"
  echo "MpiDefault=none"
  echo "JobAcctGatherType=jobacct_gather/none"
  echo "AccountingStorageType=accounting_storage/none"
  for n in 1 2 3; do echo "NodeName=n$n NodeHostname=localhost NodeAddr=127.0.0.1 Port=$((port + 100 + n)) CPUs=1 State=UNKNOWN"; done
  echo "PartitionName=debug Nodes=n1,n2,n3 Default=YES MaxTime=INFINITE State=UP"
} > "$work/slurm.conf"
export SLURM_CONF=$work/slurm.conf
# The daemons' own output goes to files: inheriting this script's stdout, they would hold a caller's pipe open.
slurmctld -f "$SLURM_CONF" < /dev/null > "$work/log/slurmctld.out" 2>&1
for n in 1 2 3; do slurmd -f "$SLURM_CONF" -N "n$n" < /dev/null > "$work/log/slurmd.n$n.out" 2>&1; done
for _ in $(seq 1 60); do [ "$(sinfo -h -t idle -o %D 2> /dev/null || echo 0)" = 3 ] && break; sleep 1; done
[ "$(sinfo -h -t idle -o %D)" = 3 ] || { echo "slurm-kill: the three nodes did not come up in 60 s" >&2; sinfo >&2; exit 1; }

claims=${CLAIMS:-}
if [ -z "$claims" ]; then
  dotnet publish src/ClaimPipeline.Cli -c Release -r linux-x64 --self-contained -p:PublishSingleFile=true \
    -p:IncludeAllContentForSelfExtract=true -o "$work/dist" -nologo -v quiet > /dev/null
  claims=$work/dist/claims
fi
claims=$(realpath "$claims")
split -l 75 -d -a 3 --additional-suffix=.jsonl "$corpus" "$work/in/shard-"
articles=$(grep -c . "$corpus")
"$claims" extract "$corpus" --format jsonl --errors inline --threads 2 > "$work/single.jsonl" 2> /dev/null || true

setsid scaleout/slurm/resubmit.sh "$claims" "$work/out" "$work"/in/*.jsonl 2> "$work/driver.log" &
driver=$!
# 1. SIGKILL one running task (a claims process in shard mode).
for _ in $(seq 1 240); do pgrep -f "claims extract --shard $work" > /dev/null && break; sleep 0.5; done
sleep 2
task=$(pgrep -f "claims extract --shard $work" | head -1)
if [ -n "$task" ]; then
  kill -KILL "$task"
  echo "slurm-kill: killed task $task with $(ls "$work/out" | grep -c 'jsonl$' || true) shards done"
else
  echo "slurm-kill: no task was running to kill" >&2
fi
# 2. Kill node n2's slurmd while tasks run on it.
sleep 3
kill -KILL "$(cat "$work/slurmd.n2.pid")"
echo "slurm-kill: killed slurmd of n2 with $(ls "$work/out" | grep -c 'jsonl$' || true) shards done"
for _ in $(seq 1 1200); do kill -0 "$driver" 2> /dev/null || break; sleep 0.5; done
kill -0 "$driver" 2> /dev/null && { echo "slurm-kill: the driver did not finish in 600 s" >&2; tail "$work/driver.log" >&2; exit 1; }
status=0; wait "$driver" || status=$?
driver=
sed 's/^/slurm-kill: /' "$work/driver.log"

"$claims" verify "$work"/in/*.jsonl --out "$work/out" > "$work/missing" 2> /dev/null || true
missing=$(grep -c . "$work/missing" || true)
cat "$work"/out/*.jsonl > "$work/all.jsonl"
awk '!seen[$0]++' "$work/all.jsonl" > "$work/unique.jsonl"
rows=$(grep -c . "$work/all.jsonl" || true); unique=$(grep -c . "$work/unique.jsonl" || true)
sort_by_article() { /usr/bin/python3 -c 'import json,sys; rows=list(sys.stdin); rows.sort(key=lambda l: json.loads(l)["article_id"] or ""); sys.stdout.write("".join(rows))'; }
sort_by_article < "$work/unique.jsonl" > "$work/slurm.sorted"
sort_by_article < "$work/single.jsonl" > "$work/single.sorted"
echo "slurm-kill: $((articles - missing))/$articles articles with output, $missing lost, $((rows - unique)) duplicate rows, $rows rows; driver exit $status"
[ "$missing" -eq 0 ] || { echo "slurm-kill: FAIL: articles without output" >&2; exit 1; }
cmp -s "$work/slurm.sorted" "$work/single.sorted" || { echo "slurm-kill: FAIL: output differs from a single-process run" >&2; exit 1; }
echo "slurm-kill: PASS: sorted by article id, the output equals a single-process run byte for byte"
