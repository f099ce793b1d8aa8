"""Benchmark of the in-place Neo4j upgrade from graph model 2 to model 3.

The synthetic corpus (``bench/corpus.py`` extracted by the pipeline) is written batch by
batch by model 2's own statements (``tests/store/model2.py``) on one private server and by
``Neo4jStore.write`` (model 3) on another, the two in turn batch by batch; then the
model-2 store is migrated (``Neo4jStore.migrate``). Reported: the seconds of each write,
of the migration and its ratio to model 3's own write of the same posts, the
transaction log the migration appended, and whether the migrated graph reads the same as
the written one (assertions and relations through the store API).

    .venv/bin/python bench/bench_migrate_neo4j.py [--posts 20000] [--batch-size 1000]
"""

from __future__ import annotations

import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from bench_load_neo4j import log_size, private_server
from load_common import arguments, corpora, megabytes

from graphkit.store.neo4j import Neo4jStore

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "store"))
from model2 import write_neo4j_model_2  # a fixture of the tests


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    args.skewed_posts = 0
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as servers:
        old_uri, old_dir = servers.enter_context(private_server())
        new_uri, _ = servers.enter_context(private_server())
        old = servers.enter_context(Neo4jStore(old_uri, batch_size=args.batch_size))
        new = servers.enter_context(Neo4jStore(new_uri, batch_size=args.batch_size))
        new.ensure_schema()
        for corpus, batches in corpora(args, Path(tmp)):
            seconds = {"model 2": 0.0, "model 3": 0.0}
            for number, batch in enumerate(batches):
                writes = [("model 2", lambda b=batch: write_neo4j_model_2(old, [b]))]
                writes.append(("model 3", lambda b=batch: new.write(b)))
                for name, write in writes if number % 2 == 0 else reversed(writes):
                    began = time.perf_counter()
                    write()
                    seconds[name] += time.perf_counter() - began
            for name, spent in seconds.items():
                print(f"{corpus}: {name} write: {spent:.1f} s", flush=True)
            log_before = log_size(old_dir)
            began = time.perf_counter()
            with Neo4jStore(old_uri, batch_size=args.batch_size) as migrating:
                assert migrating.migrate()
            migrated = time.perf_counter() - began
            print(
                f"{corpus}: migration 2 -> 3: {migrated:.1f} s, "
                f"x{migrated / seconds['model 3']:.2f} model 3's own write; transaction log +"
                f"{megabytes(log_size(old_dir) - log_before)}",
                flush=True,
            )
            with Neo4jStore(old_uri) as reader:
                same = list(reader.assertions()) == list(new.assertions()) and list(
                    reader.relations()
                ) == list(new.relations())
                count = reader.assertion_count()
            verdict = f"{same} ({count:,} assertions)"
            print(f"{corpus}: migrated graph reads as model 3's write: {verdict}", flush=True)
            break  # one size per run: each size needs fresh servers


if __name__ == "__main__":
    sys.exit(main())
