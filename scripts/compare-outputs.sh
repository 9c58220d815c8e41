#!/usr/bin/env bash
# Does a change alter what the program writes? Builds REV (default: HEAD) in a temporary worktree and the working
# tree as it is, runs both on bbc-news and the PolNeAR dev and train articles (`claims extract`, CSV) and runs
# `eval attribution --json` on PolNeAR dev and `eval numbers --json` on numbers-dev, and compares the outputs byte
# for byte. Prints one line per output (same / DIFFERENT, with the row counts) and exits 1 if any differs; the
# outputs stay in OUT (default: a temporary folder, deleted) for a diff. Needs ../shared beside the checkout.
# Usage: scripts/compare-outputs.sh [REV]   (OUT=dir keeps the outputs)
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-HEAD}
corpora=../shared/corpora
fail() { echo "compare-outputs: error: $*" >&2; exit 2; }
[ -d "$corpora" ] || fail "../shared/corpora is missing"
git rev-parse --verify -q "$rev^{commit}" > /dev/null || fail "not a commit: $rev"

work=$(mktemp -d)
out=${OUT:-$work/out}
mkdir -p "$out"
cleanup() { git worktree remove --force "$work/base" > /dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

git worktree add -q --detach "$work/base" "$rev"
for side in base change; do
  src=$([ "$side" = base ] && echo "$work/base" || pwd)
  echo "compare-outputs: publishing $side ($([ "$side" = base ] && git rev-parse --short "$rev" || echo 'working tree'))" >&2
  dotnet publish "$src/src/ClaimPipeline.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$work/$side-bin" -nologo -v quiet >&2 || fail "dotnet publish failed ($side)"
  claims=("$work/$side-bin/claims")
  config="$src/pipeline.json"
  mkdir -p "$out/$side"
  "${claims[@]}" extract "$corpora/bbc-news/bbc_news_2225.jsonl" --config "$config" -o "$out/$side/bbc-news.csv" 2> /dev/null || true
  "${claims[@]}" extract "$corpora/polnear/polnear_dev.jsonl" --config "$config" -o "$out/$side/polnear-dev.csv" 2> /dev/null || true
  "${claims[@]}" extract "$corpora/polnear/polnear_train.jsonl" --config "$config" -o "$out/$side/polnear-train.csv" 2> /dev/null || true
  "${claims[@]}" eval attribution --corpus "$corpora/polnear/polnear_dev.jsonl" --json --config "$config" > "$out/$side/eval-attribution-dev.json"
  "${claims[@]}" eval numbers --corpus ../shared/gold/numbers-dev.jsonl --json --config "$config" > "$out/$side/eval-numbers-dev.json"
done

status=0
for file in bbc-news.csv polnear-dev.csv polnear-train.csv eval-attribution-dev.json eval-numbers-dev.json; do
  if cmp -s "$out/base/$file" "$out/change/$file"; then verdict=same; else verdict=DIFFERENT; status=1; fi
  printf '%-28s %-10s %s\n' "$file" "$verdict" "$(sha256sum < "$out/change/$file" | cut -c1-16) ($(wc -l < "$out/base/$file") / $(wc -l < "$out/change/$file") lines)"
done
exit "$status"
