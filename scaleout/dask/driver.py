#!/usr/bin/python3
"""Extract claims from JSONL shards on a Dask cluster (issue 20; docs/scale-out.md).

Reads the shards with dask.bag (one partition per shard), pipes each partition through the single-file `claims`
binary (`extract - --format jsonl --errors inline`, the pipe contract) and writes one output per shard,
OUT/<shard name>, through a temporary file and a rename, so an output exists only complete. A task lost with its
worker is recomputed by Dask; a shard whose output already exists is skipped, so a rerun finishes what is left.

Usage: driver.py --claims BIN --out DIR [--format jsonl|parquet] [--workers N] [--scheduler ADDRESS] [--pids FILE] SHARD...
With --format parquet each output is OUT/<shard name>.parquet (typed columns, for Spark, DuckDB, pandas) and a shard's
bad articles are listed in OUT/<shard name>.parquet.errors; `claims verify` checks the JSONL outputs, whose names are
the shards' own.
With no --scheduler it starts a LocalCluster of N worker processes (default 3) bound to 127.0.0.1.
--pids writes the worker processes' pids, one a line, once the cluster is up (for the kill test).
Needs Debian's python3-dask and python3-distributed (scaleout/dask/install.sh).
"""
import argparse
import os
import subprocess
import sys


def extract_shard(lines, shard, claims, config, out_dir, output_format="jsonl"):
    """Runs claims over one shard's lines and publishes its output; returns the shard and its size (-1: already done)."""
    name = os.path.basename(shard) + (".parquet" if output_format == "parquet" else "")
    target = os.path.join(out_dir, name)
    if os.path.exists(target):
        return [(shard, -1)]
    data = "".join(line if line.endswith("\n") else line + "\n" for line in lines).encode("utf-8")
    # JSONL carries a bad article as an error record; Parquet has no place for one, so its errors go to a file beside
    # the output (exit code 1 then means "some articles failed", and the good ones are still written).
    command = [claims, "extract", "-", "--format", output_format, "--threads", "1"]
    if output_format == "jsonl":
        command += ["--errors", "inline"]
    if config:
        command += ["--config", config]
    result = subprocess.run(command, input=data, capture_output=True, check=False)
    if result.returncode not in (0, 1) or (result.returncode == 1 and output_format == "jsonl"):
        raise RuntimeError(f"{shard}: claims exited {result.returncode}: {result.stderr.decode(errors='replace')[-500:]}")
    if result.returncode == 1:
        with open(target + ".errors", "wb") as errors:
            errors.write(result.stderr)
    temporary = f"{target}.tmp-{os.getpid()}"
    with open(temporary, "wb") as handle:
        handle.write(result.stdout)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    return [(shard, result.stdout.count(b"\n") if output_format == "jsonl" else len(result.stdout))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", required=True, help="the single-file claims binary")
    parser.add_argument("--out", required=True, help="the folder of the shards' outputs")
    parser.add_argument("--config", help="pipeline.json for claims (default: the one installed with it)")
    parser.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl", dest="output_format")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--pids", help="write the worker pids here once the cluster is up")
    parser.add_argument("shards", nargs="+")
    args = parser.parse_args()

    import dask.bag as bag
    from dask.distributed import Client, LocalCluster

    os.makedirs(args.out, exist_ok=True)
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None)
        client = Client(cluster)
    try:
        if args.pids:
            pids = client.run(os.getpid)
            with open(args.pids, "w") as handle:
                handle.write("".join(f"{pid}\n" for pid in pids.values()))
        shards = [os.path.abspath(s) for s in args.shards]
        partitions = bag.read_text(shards, blocksize=None)  # one partition per shard, in order
        tasks = [partitions.to_delayed()[i] for i in range(len(shards))]
        from dask import delayed
        results = [delayed(extract_shard)(t, shards[i], os.path.abspath(args.claims), args.config, os.path.abspath(args.out), args.output_format)
                   for i, t in enumerate(tasks)]
        done = client.compute(results, sync=True)
        written = sum(rows for result in done for _, rows in result if rows >= 0)
        skipped = sum(1 for result in done for _, rows in result if rows < 0)
        unit = "rows" if args.output_format == "jsonl" else "bytes"
        print(f"driver: {len(shards)} shards, {skipped} already done, {written} {unit} written", file=sys.stderr)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    main()
