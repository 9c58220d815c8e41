#!/usr/bin/env python3
"""Counts the speakers a reviewer would reject in `claims extract --format jsonl` output (issue 19).

Usage: scripts/speaker-audit.py OUTPUT.jsonl
Prints, over quote and indirect rows: speakers that begin or end with punctuation (a final period after an
abbreviation is allowed), speakers that are only a pronoun or relative word (acronyms such as "US" and "WHO" are
names), speakers without a letter, courtesy titles as speaker_role, speakers that differ only in case, and rows that
repeat another row's exact range.
"""
import collections
import json
import re
import sys

PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "them", "him", "her", "us", "me", "this", "that", "these",
            "those", "who", "which", "its", "their", "his", "there", "what", "whom", "our", "my", "your"}
COURTESY = {"mr", "mrs", "ms", "miss", "mme", "herr", "sir", "dame"}


def main(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    claims = [r for r in rows if r["kind"] in ("quote", "indirect")]
    spoken = [r for r in claims if r["speaker"]]
    punct = [r for r in spoken if not r["speaker"][0].isalnum()
             or (not r["speaker"][-1].isalnum() and r["speaker"][-1] != ".")]
    pronoun = [r for r in spoken if r["speaker"].lower() in PRONOUNS and not r["speaker"].isupper()]
    number = [r for r in spoken if not re.search(r"[^\W\d_]", r["speaker"])]
    courtesy = [r for r in claims if r["speaker_role"] and r["speaker_role"].lower().rstrip(".") in COURTESY]
    spellings = collections.defaultdict(set)
    for r in spoken:
        spellings[r["speaker"].lower()].add(r["speaker"])
    ranges = collections.Counter((r["article_id"], r["start"], r["end"]) for r in claims)
    print(f"rows {len(rows)}, quote {sum(r['kind'] == 'quote' for r in rows)}, indirect {sum(r['kind'] == 'indirect' for r in rows)}")
    print(f"speakers with punctuation at an end: {len(punct)}")
    print(f"pronoun-only speakers: {len(pronoun)}")
    print(f"speakers without a letter: {len(number)}")
    print(f"courtesy titles as speaker_role: {len(courtesy)}")
    print(f"speakers differing only in case: {sum(1 for v in spellings.values() if len(v) > 1)} pairs")
    print(f"rows repeating another row's range: {sum(n - 1 for n in ranges.values() if n > 1)}")
    for r in (punct + pronoun + number + courtesy)[:20]:
        print(f"  {r['article_id']} {r['rule']}: speaker {r['speaker']!r}, role {r['speaker_role']!r}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
