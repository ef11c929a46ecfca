"""Peak memory of ``extract`` on one document of a given size, made of news articles.

Memory must grow in proportion to the document. Run it once per size, each in
a fresh process, and compare the peaks:

    python benchmarks/memory.py 5
    python benchmarks/memory.py 50

The document is the PolNeAR dev texts (the seeds without ../shared/eval)
repeated, separated by blank lines, to the size in megabytes of UTF-8.
"""

from __future__ import annotations

import argparse
import resource
import time

from corpora import news

from quoteattr import Extractor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("megabytes", type=float, help="the document's size in MB of UTF-8")
    size = int(parser.parse_args().megabytes * 1e6)
    joined = "\n\n".join(news()[1]) + "\n\n"
    text = (joined * (size // len(joined.encode("utf-8")) + 1))[:size]
    while len(text.encode("utf-8")) > size:
        text = text[: len(text) - (len(text.encode("utf-8")) - size)]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    quotes = Extractor(max_length=None)(text)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{len(text.encode('utf-8')) / 1e6:.1f} MB ({len(text):,} characters): {len(quotes):,} "
        f"quotes in {seconds:.1f} s; peak memory {peak:.0f} MB, {before:.0f} MB before extract"
    )


if __name__ == "__main__":
    main()
