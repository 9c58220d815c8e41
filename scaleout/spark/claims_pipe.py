# Untested here: Spark cannot be installed on these machines (docs/scale-out.md). It relies only on the pipe contract,
# which tests/ClaimPipeline.Cli.Tests/Commands/InlineErrorsTests.cs tests directly.
# spark-submit --files dist/claims claims_pipe.py in/*.jsonl out/
import sys
from pyspark import SparkContext, SparkFiles

sc = SparkContext(appName="claims")
articles = sc.textFile(",".join(sys.argv[1:-1]))  # one JSONL article a line
claims = articles.pipe(f"{SparkFiles.get('claims')} extract - --format jsonl --errors inline --threads 1")
claims.saveAsTextFile(sys.argv[-1])  # JSONL claims and {"article_id","error"} records, one per line
