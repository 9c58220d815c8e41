#!/usr/bin/env bash
# Checks that LibreOffice Calc reads our output as written, on bbc-news: writes the corpus as JSONL (the reference),
# as an xlsx workbook (to a file, and through a pipe to stdout) and as plain CSV; has Calc (soffice, headless)
# convert each to CSV; and counts, per column, the cells whose value differs from the JSONL's (text exactly, numbers
# by value; the CSV's formula escape undone). Also prints the peak RSS of the CSV and xlsx runs (/usr/bin/time -v); BIG=1 adds an xlsx run on a
# ~100 MB input (bbc-news repeated; more rows than a sheet holds). Needs ../shared, soffice
# (apt-get install -y libreoffice-calc-nogui), GNU time and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=../shared/corpora/bbc-news/bbc_news_2225.jsonl
fail() { echo "xlsx-check: error: $*" >&2; exit 1; }
[ -f "$corpus" ] || fail "corpus not found: $corpus"
command -v soffice >/dev/null 2>&1 || fail "soffice is missing: apt-get install -y libreoffice-calc-nogui"
[ -x /usr/bin/time ] || fail "/usr/bin/time is missing: apt-get install -y time"
command -v python3 >/dev/null 2>&1 || fail "python3 is missing"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "xlsx-check: publishing Release" >&2
dotnet publish src/ClaimPipeline.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$tmp/bin" -nologo -v quiet >&2 || fail "dotnet publish failed"
claims=("$tmp/bin/claims" extract --config "$(pwd)/pipeline.json")

peak_mib() { awk '/Maximum resident set size/ { printf "%.1f", $NF / 1024 }' "$1"; }
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$1"; }
run() { # run NAME ARGS...: claims extract under GNU time, peak RSS into $tmp/NAME.time
  local name=$1; shift
  /usr/bin/time -v -o "$tmp/$name.time" "${claims[@]}" "$@" 2> "$tmp/$name.err" || { cat "$tmp/$name.err" >&2; fail "claims extract failed ($name)"; }
  echo "xlsx-check: $name: $(wall "$tmp/$name.time") s, peak RSS $(peak_mib "$tmp/$name.time") MiB" >&2
}

run jsonl "$corpus" --format jsonl -o "$tmp/reference.jsonl"
run csv "$corpus" -o "$tmp/plain.csv"
run xlsx "$corpus" --format xlsx -o "$tmp/file.xlsx"
"${claims[@]}" "$corpus" --format xlsx | cat > "$tmp/piped.xlsx"

# Calc's CSV export: comma, double quote, UTF-8 (76), values not as formatted (token 9 false), so numbers keep
# their digits. The plain CSV is imported with Calc's defaults plus UTF-8, as a user who picks UTF-8 would open it.
export_filter='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false'
mkdir -p "$tmp/calc"
for input in file.xlsx piped.xlsx; do
  soffice --headless --convert-to "$export_filter" --outdir "$tmp/calc" "$tmp/$input" > /dev/null 2>&1 || fail "soffice could not convert $input"
done
cp "$tmp/plain.csv" "$tmp/plain-csv.csv"
soffice --headless --infilter='Text - txt - csv (StarCalc):44,34,76,1' --convert-to "$export_filter" --outdir "$tmp/calc" "$tmp/plain-csv.csv" > /dev/null 2>&1 ||
  fail "soffice could not convert plain.csv"

python3 - "$tmp/reference.jsonl" "$tmp/calc/file.csv" "$tmp/calc/piped.csv" "$tmp/calc/plain-csv.csv" <<'PY'
import csv, json, sys
numeric = {"quantity", "quantity_high", "start", "end", "speaker_start", "speaker_end", "confidence"}
reference = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
for path in sys.argv[2:]:
    # Our CSV escapes text with one leading apostrophe (README); a reader strips it. What differs then is Calc's.
    escaped = path.endswith("plain-csv.csv")
    rows = list(csv.reader(open(path, newline="", encoding="utf-8")))
    header, rows = rows[0], rows[1:]
    bad, examples = {}, {}
    for want, got in zip(reference, rows):
        for column, cell in zip(header, got):
            value = want[column]
            if column in numeric:
                same = (value is None and cell == "") or (value is not None and cell != "" and abs(float(cell) - value) <= 1e-9 * max(1, abs(value)))
            else:
                same = (value or "") == (cell[1:] if escaped and cell.startswith("'") else cell)
            if not same:
                bad[column] = bad.get(column, 0) + 1
                examples.setdefault(column, (value, cell))
    name = path.rsplit("/", 1)[-1]
    print(f"{name}: {len(rows)} rows (JSONL {len(reference)}), {sum(bad.values())} cells differ"
          + "".join(f"\n  {c}: {n}, e.g. {examples[c][0]!r} -> {examples[c][1]!r}" for c, n in sorted(bad.items())))
PY
echo "wall: csv $(wall "$tmp/csv.time") s, xlsx $(wall "$tmp/xlsx.time") s, jsonl $(wall "$tmp/jsonl.time") s;" \
  "peak RSS: csv $(peak_mib "$tmp/csv.time") MiB, xlsx $(peak_mib "$tmp/xlsx.time") MiB, jsonl $(peak_mib "$tmp/jsonl.time") MiB;" \
  "xlsx $(stat -c %s "$tmp/file.xlsx") bytes, csv $(stat -c %s "$tmp/plain.csv") bytes"

if [ "${BIG:-0}" = 1 ]; then
  while [ "$(stat -c %s "$tmp/big.jsonl" 2>/dev/null || echo 0)" -lt 100000000 ]; do cat "$corpus" >> "$tmp/big.jsonl"; done
  run big-csv "$tmp/big.jsonl" -o "$tmp/big.csv"
  run big-xlsx "$tmp/big.jsonl" --format xlsx -o "$tmp/big.xlsx"
  echo "big input ($(stat -c %s "$tmp/big.jsonl") bytes): peak RSS csv $(peak_mib "$tmp/big-csv.time") MiB, xlsx $(peak_mib "$tmp/big-xlsx.time") MiB;" \
    "sheets: $(unzip -l "$tmp/big.xlsx" | grep -c 'xl/worksheets/sheet')"
fi
