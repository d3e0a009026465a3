"""Past one machine: the analysis of many articles as Parquet tables, locally or on Apache Spark.

    records.py    input records (a file, a JSONL line) -> Articles, through sayso.ingest
    partition.py  process_partition(records) -> (table, row): the one function every engine runs
    arrow.py      the tables as Arrow schemas (pyarrow)
    local.py      the local engine: plain Python, optional worker processes
    spark.py      the Spark engine: Hadoop FS inputs, mapPartitions, one Parquet folder per table

The rows are ``sayso.tables``' (the corpus export's columns) plus an ``errors`` table.
``sayso batch`` (``sayso.cli_batch``) is the command line.
"""

from sayso.scale.partition import DEFAULT_OPTIONS, ERROR_COLUMNS, TABLES, AnalysisOptions, process_partition
from sayso.scale.records import Record

__all__ = ["DEFAULT_OPTIONS", "ERROR_COLUMNS", "TABLES", "AnalysisOptions", "Record", "process_partition"]
