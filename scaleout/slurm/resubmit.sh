#!/usr/bin/env bash
# Runs claims over JSONL shards as a Slurm array job and resubmits the shards `claims verify` reports without output,
# until none is left or ROUNDS rounds have run (default 5). Needs sbatch on the PATH (and SLURM_CONF when the
# cluster's config is not the system one).
# Usage: scaleout/slurm/resubmit.sh CLAIMS OUT SHARD...      (exit 0 when every shard has output, else 1)
set -uo pipefail
claims=$(realpath "$1"); out=$(realpath -m "$2"); shift 2
here=$(dirname "$(realpath "$0")")
rounds=${ROUNDS:-5}
mkdir -p "$out"
list=$(mktemp); trap 'rm -f "$list"' EXIT
shards=(); for s in "$@"; do shards+=("$(realpath "$s")"); done
pending=("${shards[@]}")
for ((round = 1; round <= rounds; round++)); do
  printf '%s\n' "${pending[@]}" > "$list"
  echo "resubmit: round $round: ${#pending[@]} shard(s)" >&2
  # --wait returns when every task has ended, whatever their exit codes: verify decides what is left.
  SHARD_LIST=$list OUT=$out CLAIMS=$claims sbatch --wait --quiet --array=0-$((${#pending[@]} - 1)) \
    --output=/dev/null --export=ALL "$here/claims-array.sbatch" || true
  next=()
  for shard in "${pending[@]}"; do [ -e "$out/$(basename "$shard")" ] || next+=("$shard"); done
  pending=("${next[@]}")
  [ ${#pending[@]} -eq 0 ] && break
done
"$claims" verify "${shards[@]}" --out "$out" > /dev/null
