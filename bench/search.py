"""Benchmark: Dichtbij's Whoosh search at 10,000 activities, with tantivy as a reference.

    .venv/bin/python bench/search.py [--count 10000] [--repeat 200]

Prints index build time and query latency (median, p95) for plain, typo and faceted queries
for both engines on the same generated documents, and the ratio Whoosh/tantivy. The Whoosh
figures are the full Dichtbij query path (synonyms, spelling correction, filters and all eight
facet counts); the tantivy reference runs the closest equivalent it offers (Dutch stemming,
fuzzy terms for typos, term/range filters and terms aggregations for the facet counts).
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.catalogue_gen import generate, replace, synonyms  # noqa: E402
from catalogue.search.interface import SearchQuery  # noqa: E402
from catalogue.search.whoosh_index import WhooshIndex  # noqa: E402

PLAIN = ["puberteit", "scheiding", "opvoeden", "pesten op school", "autisme", "eenzaam", "schulden", "voetbal",
         "uit elkaar", "rouw"]
TYPO = ["pubertijd", "echtscheidng", "autisem", "opvoedng", "eenzaamhied", "verslaafing", "pestne", "schuldne"]
FACETED = [
    dict(text="puberteit", municipality="gemeente-03", age=14),
    dict(text="", municipality="gemeente-07", age=8, themes=("opvoedondersteuning",)),
    dict(text="school", municipality="gemeente-11", age=15, formats=("group", "online")),
    dict(text="ouders", municipality="gemeente-01", neighbourhood="wijk-2", cost="free"),
    dict(text="", age=17, themes=("verslaving", "stress-en-school"), languages=("nl",)),
]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1)))))
    return ordered[k]


def timed(fn, cases, repeat: int) -> tuple[float, float]:
    for case in cases:  # warm-up
        fn(case)
    samples = []
    for i in range(repeat):
        case = cases[i % len(cases)]
        start = time.perf_counter()
        fn(case)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), percentile(samples, 95)


# -- Whoosh (Dichtbij) -------------------------------------------------------------------------
def bench_whoosh(docs, folder: Path, repeat: int) -> dict[str, object]:
    index = WhooshIndex(folder / "whoosh")
    start = time.perf_counter()
    index.rebuild(iter(docs))
    build = time.perf_counter() - start
    groups = synonyms()
    totals = []

    def run(case):
        results = index.query(SearchQuery(**case), groups)
        totals.append(results.total)

    out = {"build_s": build, "docs": index.document_count()}
    out["plain"] = timed(lambda q: run({"text": q}), PLAIN, repeat)
    out["typo"] = timed(lambda q: run({"text": q}), TYPO, repeat)
    out["faceted"] = timed(run, FACETED, repeat)
    out["size_mb"] = sum(f.stat().st_size for f in (folder / "whoosh").iterdir()) / 1e6
    # An editor publishes: the write, then the first query, which rebuilds the per-generation
    # caches (facet masks, spelling vocabulary, posting arrays).
    changed = replace(docs[0], title=docs[0].title + " aangepast")
    start = time.perf_counter()
    index.update(changed)
    out["update_ms"] = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    run(FACETED[0])
    out["cold_ms"] = (time.perf_counter() - start) * 1000
    index.close()
    return out


# -- tantivy (reference) -----------------------------------------------------------------------
def bench_tantivy(docs, folder: Path, repeat: int) -> dict[str, object]:
    import tantivy

    analyzer = (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .filter(tantivy.Filter.stemmer("dutch"))
        .build()
    )
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    for name in ("title", "summary", "body"):
        builder.add_text_field(name, stored=name != "body", tokenizer_name="nl")
    for name in ("themes", "audiences", "municipality", "neighbourhoods", "formats", "cost", "languages"):
        builder.add_text_field(name, tokenizer_name="raw", fast=True)
    builder.add_integer_field("min_age", fast=True, indexed=True)
    builder.add_integer_field("max_age", fast=True, indexed=True)
    schema = builder.build()
    path = folder / "tantivy"
    path.mkdir()
    index = tantivy.Index(schema, path=str(path))
    index.register_tokenizer("nl", analyzer)
    start = time.perf_counter()
    writer = index.writer(heap_size=200_000_000, num_threads=1)
    for d in docs:
        doc = tantivy.Document()
        doc.add_text("id", d.id)
        doc.add_text("title", d.title)
        doc.add_text("summary", d.summary)
        doc.add_text("body", d.body)
        for name in ("themes", "audiences", "neighbourhoods", "formats", "languages"):
            for value in getattr(d, name):
                doc.add_text(name, value)
        doc.add_text("municipality", d.municipality)
        doc.add_text("cost", d.cost)
        doc.add_integer("min_age", d.min_age)
        doc.add_integer("max_age", d.max_age)
        writer.add_document(doc)
    writer.commit()
    writer.wait_merging_threads()
    build = time.perf_counter() - start
    index.reload()
    searcher = index.searcher()
    fields = ["title", "summary", "body"]
    aggs = {name: {"terms": {"field": name, "size": 100}} for name in ("themes", "formats", "cost", "municipality", "languages")}

    def text_query(text: str, fuzzy: bool = False):
        if not text:
            return tantivy.Query.all_query()
        if not fuzzy:
            return index.parse_query(text, fields)
        words = text.split()
        return tantivy.Query.boolean_query([
            (tantivy.Occur.Must, tantivy.Query.boolean_query([
                (tantivy.Occur.Should, tantivy.Query.fuzzy_term_query(schema, f, w, distance=1 if len(w) <= 7 else 2))
                for f in fields
            ])) for w in words
        ])

    def plain(q):
        searcher.search(index.parse_query(q, fields), limit=10, count=True)

    def typo(q):
        searcher.search(text_query(q, fuzzy=True), limit=10, count=True)

    def faceted(case):
        must = [(tantivy.Occur.Must, text_query(case.get("text", "")))]
        if case.get("municipality"):
            must.append((tantivy.Occur.Must, tantivy.Query.term_query(schema, "municipality", case["municipality"])))
        if case.get("age") is not None:
            must.append((tantivy.Occur.Must, tantivy.Query.range_query(schema, "min_age", tantivy.FieldType.Integer, 0, case["age"])))
            must.append((tantivy.Occur.Must, tantivy.Query.range_query(schema, "max_age", tantivy.FieldType.Integer, case["age"], 99)))
        for facet, field in (("themes", "themes"), ("formats", "formats"), ("languages", "languages")):
            if case.get(facet):
                must.append((tantivy.Occur.Must, tantivy.Query.boolean_query(
                    [(tantivy.Occur.Should, tantivy.Query.term_query(schema, field, v)) for v in case[facet]])))
        if case.get("cost"):
            must.append((tantivy.Occur.Must, tantivy.Query.term_query(schema, "cost", case["cost"])))
        query = tantivy.Query.boolean_query(must)
        searcher.search(query, limit=10, count=True)
        searcher.aggregate(query, aggs)

    out = {"build_s": build, "docs": searcher.num_docs}
    out["plain"] = timed(plain, PLAIN, repeat)
    out["typo"] = timed(typo, TYPO, repeat)
    out["faceted"] = timed(faceted, FACETED, repeat)
    out["size_mb"] = sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    print(f"generating {args.count} activities ...", file=sys.stderr)
    docs = generate(args.count)
    folder = Path(tempfile.mkdtemp(prefix="dichtbij-bench-"))
    try:
        print("building and querying Whoosh (Dichtbij) ...", file=sys.stderr)
        whoosh = bench_whoosh(docs, folder, args.repeat)
        print("building and querying tantivy (reference) ...", file=sys.stderr)
        reference = bench_tantivy(docs, folder, args.repeat)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"\nSearch benchmark: {args.count} activities, {args.repeat} timed queries per kind\n")
    print(f"| measure | Whoosh (Dichtbij) | tantivy (reference) | ratio Whoosh/tantivy |")
    print(f"|---|---|---|---|")
    print(f"| index build | {whoosh['build_s']:.1f} s | {reference['build_s']:.2f} s | {whoosh['build_s'] / reference['build_s']:.0f}x |")
    print(f"| index size | {whoosh['size_mb']:.1f} MB | {reference['size_mb']:.1f} MB | {whoosh['size_mb'] / reference['size_mb']:.1f}x |")
    for kind in ("plain", "typo", "faceted"):
        wm, wp = whoosh[kind]
        tm, tp = reference[kind]
        print(f"| {kind} query median / p95 | {wm:.1f} / {wp:.1f} ms | {tm:.2f} / {tp:.2f} ms | {wm / tm:.0f}x / {wp / tp:.0f}x |")
    print(f"| publish one activity (index write) | {whoosh['update_ms']:.0f} ms | | |")
    print(f"| first faceted query after a write | {whoosh['cold_ms']:.0f} ms | | |")
    target = "met" if whoosh["faceted"][1] < 50 else "NOT met"
    print(f"\nTarget faceted p95 < 50 ms at {args.count} activities: {target} ({whoosh['faceted'][1]:.1f} ms).")


if __name__ == "__main__":
    main()
