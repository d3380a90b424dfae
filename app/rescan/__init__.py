"""Archive rescans on Apache Spark (`postguard rescan`, docs/rescan.md).

``worker`` checks posts and knows nothing of Spark (so it runs, and is tested, anywhere); ``job`` reads the
archive, sends it through ``worker`` in Arrow batches and writes the results; ``load`` moves verdicts into the
audit log for ``/v1/stats``. Only ``job`` imports pyspark, the optional ``spark`` extra.
"""
