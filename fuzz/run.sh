#!/usr/bin/env bash
# Fuzzes the whole extract path (reader, pipeline and the CSV, JSONL and xlsx writers, each read back) with AFL++ and SharpFuzz for MINUTES minutes (default 10):
# builds fuzz/ClaimPipeline.Fuzz, instruments the pipeline's assemblies, runs afl-fuzz on the seeds in fuzz/seeds,
# and prints the executions, crashes and hangs. Findings go to fuzz/findings (crashes/ and hangs/ hold the inputs).
# Needs: afl++ (Debian: apt-get install afl++) and the sharpfuzz tool (dotnet tool install -g SharpFuzz.CommandLine).
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}
[[ "$minutes" =~ ^[1-9][0-9]*$ ]] || { echo "fuzz: MINUTES must be a positive whole number, not '$minutes'" >&2; exit 2; }
export PATH="$PATH:$HOME/.dotnet/tools"
command -v afl-fuzz >/dev/null || { echo "fuzz: afl-fuzz is missing: apt-get install -y afl++" >&2; exit 2; }
command -v sharpfuzz >/dev/null || dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0 >&2

out=fuzz/ClaimPipeline.Fuzz/bin/Release/net10.0
dotnet build -c Release fuzz/ClaimPipeline.Fuzz -nologo -v quiet >&2
for dll in ClaimPipeline.Nlp.dll ClaimPipeline.Claims.dll claims.dll; do
  sharpfuzz "$out/$dll" >&2 || true   # an assembly instrumented by an earlier run says so and is left as it is
done

rm -rf fuzz/findings
# dotnet itself is not instrumented (SharpFuzz reports coverage from the managed code), hence the checks skipped.
AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 \
  timeout --signal=INT "$((minutes * 60 + 30))" \
  afl-fuzz -V "$((minutes * 60))" -i fuzz/seeds -o fuzz/findings -t 10000 -m none -- \
  dotnet "$out/ClaimPipeline.Fuzz.dll" "$(pwd)/pipeline.json" >&2 || true

stats=fuzz/findings/default/fuzzer_stats
[ -f "$stats" ] || { echo "fuzz: afl-fuzz wrote no statistics; see its output above" >&2; exit 1; }
execs=$(sed -n 's/^execs_done *: //p' "$stats")
crashes=$(sed -n 's/^saved_crashes *: //p' "$stats")
hangs=$(sed -n 's/^saved_hangs *: //p' "$stats")
echo "fuzz: ${minutes} min, ${execs} executions, ${crashes} crashes, ${hangs} hangs (fuzz/findings)"
[ "${crashes:-1}" = 0 ] && [ "${hangs:-1}" = 0 ]
