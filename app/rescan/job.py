"""The Spark job of `postguard rescan`: read the archive, check it in Arrow batches, write Parquet and a summary.

Layout of the output directory (docs/rescan.md):

- ``verdicts/``  one row per checked post (with its findings nested), rescan only
- ``findings/``  one row per finding (flat), rescan only
- ``changes/``   the posts whose verdict differs between A and B, with the rules responsible (``--compare``)
- ``errors/``    one row per input row that could not be checked: id if known, source file, reason, raw input
- ``summary.json`` 合规率 by channel, account and branch, top rules (or, with ``--compare``, the transitions)
"""

from __future__ import annotations

import json
import os
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.rescan.worker import COMPARE_DDL, RESCAN_DDL, Plan, compare_rows, rescan_rows

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import DataFrame, SparkSession

TOP_RULES = 20
EXAMPLES = 20


@dataclass
class Job:
    inputs: list[str]
    output: str
    plan: Plan
    compare: bool = False
    input_format: str = "auto"  # auto | jsonl | parquet
    master: str | None = None
    partitions: int | None = None  # default: 4 tasks per core, so a slow partition does not idle the others
    batch_rows: int = 500
    spark_conf: dict[str, str] = field(default_factory=dict)


def session(master: str | None, conf: dict[str, str]) -> SparkSession:
    """The Spark session: ``master`` when given; else the one spark-submit configured; else local[*]."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("postguard-rescan")
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # spark-submit started us and set the master itself
    if master or not submitted:
        builder = builder.master(master or "local[*]")
        if (master or "local").startswith("local"):
            # Local executors are Python processes on this machine: the same interpreter (and so the same
            # installed package) as the driver, not whatever ``python3`` is first on PATH.
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            builder = builder.config("spark.ui.enabled", "false")
    builder = builder.config("spark.python.worker.reuse", "true").config("spark.log.level", "WARN")
    for key, value in conf.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def _format(inputs: list[str], chosen: str) -> str:
    if chosen != "auto":
        return chosen
    return "parquet" if any(i.rstrip("/").endswith(".parquet") or _is_parquet_dir(i) for i in inputs) else "jsonl"


def _is_parquet_dir(path: str) -> bool:
    p = Path(path)
    return p.is_dir() and any(p.glob("*.parquet"))


def read_posts(spark: SparkSession, inputs: list[str], input_format: str) -> DataFrame:
    """One JSON document per row in ``value`` (+ ``source``, the file it came from). JSONL lines go through
    as text, so a malformed line reaches the worker and becomes an error row instead of a null row; a
    Parquet row is turned into the same JSON (nested columns such as ``account`` become objects)."""
    from pyspark.sql import functions as F

    if _format(inputs, input_format) == "parquet":
        df = spark.read.parquet(*inputs)
        return df.select(F.to_json(F.struct(*[F.col(c) for c in df.columns])).alias("value"),
                         F.col("_metadata.file_path").alias("source"))
    df = spark.read.text(inputs)
    return df.where(F.trim(F.col("value")) != "").select("value", F.col("_metadata.file_path").alias("source"))


def _arrow_mapper(plan: Plan, compare: bool, schema: pa.Schema) -> Callable[[Iterator[Any]], Iterator[Any]]:
    """The function mapInArrow runs on executors: Arrow batches in, Arrow batches out."""
    rows = compare_rows if compare else rescan_rows

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        import pyarrow as pa

        for batch in batches:
            cols = rows(batch.column(0).to_pylist(), plan)
            cols["source"] = batch.column(1).to_pylist()
            yield pa.RecordBatch.from_pydict(cols, schema=schema)

    return run


def check_posts(spark: SparkSession, posts: DataFrame, job: Job) -> DataFrame:
    from pyspark.sql.pandas.types import to_arrow_schema
    from pyspark.sql.types import StructType

    ddl = (COMPARE_DDL if job.compare else RESCAN_DDL) + ", source string"
    struct = StructType.fromDDL(ddl)
    assert isinstance(struct, StructType)  # a column list in DDL always parses to a struct
    large = spark.conf.get("spark.sql.execution.arrow.useLargeVarTypes", "false") == "true"
    schema = to_arrow_schema(struct, prefers_large_types=large)
    partitions = job.partitions or spark.sparkContext.defaultParallelism * 4
    return posts.repartition(partitions).mapInArrow(_arrow_mapper(job.plan, job.compare, schema), struct)


def _rate_rows(df: DataFrame, key: str) -> list[dict[str, Any]]:
    from pyspark.sql import functions as F

    grouped = (df.groupBy(F.coalesce(F.col(key), F.lit("(none)")).alias("key"))
               .agg(F.count("*").alias("checked"), F.sum((F.col("verdict") == "pass").cast("long")).alias("passed"))
               .orderBy("key"))
    return [{"key": r["key"], "checked": r["checked"], "passed": r["passed"],
             "compliance_rate": round(r["passed"] / r["checked"], 4)} for r in grouped.collect()]


def summarise_rescan(verdicts: DataFrame, findings: DataFrame) -> dict[str, Any]:
    """合规率 (share of posts that pass) overall and by channel, branch and account; top rules by posts hit."""
    from pyspark.sql import functions as F

    by_verdict = {r["verdict"]: r["count"] for r in verdicts.groupBy("verdict").count().collect()}
    checked = sum(by_verdict.values())
    degraded = verdicts.where(F.size("degraded") > 0).count()
    top = (findings.groupBy("rule_id", "category").agg(F.countDistinct("id").alias("posts"),
                                                       F.count("*").alias("findings"))
           .orderBy(F.desc("posts"), "rule_id").limit(TOP_RULES).collect())
    return {
        "checked": checked, "by_verdict": by_verdict, "degraded": degraded,
        "compliance_rate": round(by_verdict.get("pass", 0) / checked, 4) if checked else None,
        "by_channel": _rate_rows(verdicts, "channel"), "by_branch": _rate_rows(verdicts, "branch"),
        "by_account": _rate_rows(verdicts, "account"),
        "top_rules": [{"rule_id": r["rule_id"], "category": r["category"], "posts": r["posts"],
                       "findings": r["findings"]} for r in top],
    }


def summarise_compare(rows: DataFrame) -> dict[str, Any]:
    """How many posts changed verdict, from what to what, and which rules moved them."""
    from pyspark.sql import functions as F

    changed = rows.where(F.col("changed"))
    transitions = {f"{r['verdict_a']}->{r['verdict_b']}": r["count"]
                   for r in changed.groupBy("verdict_a", "verdict_b").count().collect()}
    rules = (changed.select(F.explode("responsible").alias("rule_id")).groupBy("rule_id").count()
             .orderBy(F.desc("count"), "rule_id").limit(TOP_RULES).collect())
    examples = changed.select("id", "verdict_a", "verdict_b", "responsible").orderBy("id").limit(EXAMPLES).collect()
    return {
        "checked": rows.where(F.col("error").isNull()).count(), "changed": sum(transitions.values()),
        "transitions": transitions,
        "responsible_rules": [{"rule_id": r["rule_id"], "posts": r["count"]} for r in rules],
        "examples": [r.asDict() for r in examples],
    }


def write_summary(spark: SparkSession, output: str, summary: dict[str, Any]) -> str:
    """``summary.json`` in the output directory: a plain file for a local path; through Spark (a one-part
    text dataset ``summary/``) for a cluster filesystem (hdfs://, s3a://, ...)."""
    text = json.dumps(summary, ensure_ascii=False, indent=2, default=str)
    local = output.removeprefix("file://")
    if "://" not in local:
        path = Path(local) / "summary.json"
        path.write_text(text + "\n", encoding="utf-8")
        return str(path)
    spark.sparkContext.parallelize([text], 1).saveAsTextFile(output.rstrip("/") + "/summary")
    return output.rstrip("/") + "/summary"


def run(job: Job, spark: SparkSession | None = None) -> dict[str, Any]:
    """Run the rescan (or comparison) and return its summary (also written beside the Parquet)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    spark = spark or session(job.master, {"spark.sql.execution.arrow.maxRecordsPerBatch": str(job.batch_rows),
                                          **job.spark_conf})
    started = time.perf_counter()
    run_id = uuid.uuid4().hex
    rows = check_posts(spark, read_posts(spark, job.inputs, job.input_format), job)
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)  # checked once; every table below reads this
    out = job.output.rstrip("/")
    try:
        good = rows.where(F.col("error").isNull())
        errors = rows.where(F.col("error").isNotNull()).select("id", "source", "error", "raw")
        summary: dict[str, Any] = {"run_id": run_id, "mode": "compare" if job.compare else "rescan",
                                   "inputs": job.inputs}
        if job.compare:
            good.where(F.col("changed")).drop("error", "raw").write.mode("overwrite").parquet(f"{out}/changes")
            summary.update(summarise_compare(rows))
        else:
            verdicts = good.drop("error", "raw").withColumn("run_id", F.lit(run_id))
            verdicts.write.mode("overwrite").parquet(f"{out}/verdicts")
            findings = good.select("id", "account", "channel", "branch", "verdict",
                                   F.explode("findings").alias("f")).select("id", "account", "channel", "branch",
                                                                            "verdict", "f.*")
            findings.write.mode("overwrite").parquet(f"{out}/findings")
            summary.update(summarise_rescan(good, findings))
        errors.write.mode("overwrite").parquet(f"{out}/errors")
        summary["errors"] = errors.count()
    finally:
        rows.unpersist()
    summary["posts"] = summary["checked"] + summary["errors"]
    summary["seconds"] = round(time.perf_counter() - started, 2)
    summary["posts_per_second"] = round(summary["posts"] / summary["seconds"], 1) if summary["seconds"] else None
    summary["summary_file"] = write_summary(spark, out, summary)
    return summary
