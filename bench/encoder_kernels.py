"""Micro-benchmark: can onnxruntime's other kernels compute MatMulNBits' arithmetic faster?

The default encoder (``aligner.embed.onnx``, variant ``nbits``) runs every linear of
e5-small as ``MatMulNBits`` (4-bit weights, blocks of 32 along K, zero point 8,
``accuracy_level=4``).  With ``accuracy_level=4`` MLAS quantizes the activations per row and
block of 32 (``QuantizeARow_CompInt8_avx512``: ``scale = amax / 127``, ``q = roundeven(a *
(127 / amax))``, both in float32) and computes, per output,

    C[m, n] = sum_b  sa[m, b] * sw[n, b] * sum_{k in b} qa[m, k] * (qw[n, k] - 8)   (+ bias)

This script times one e5-small linear (K x N = 384 x 1152, 384 x 384, 384 x 1536, 1536 x 384
and M tokens) as ``MatMulNBits`` and as formulations of the *same* arithmetic on other
onnxruntime kernels, and reports GMAC/s and how far each output is from the exact value
(float64 of the same quantized integers and scales): a formulation counts as "the same
arithmetic" only if its error is float-rounding sized (~1e-6 of the output's scale), not
quantization sized (~1e-2).

Formulations (each one ONNX graph of one linear; the weights are e5's real Q4_0 weights of
layer 0, the activations synthetic with e5's outlier channels):

* ``nbits``     MatMulNBits, accuracy_level 4 (the default encoder's kernel)
* ``nbits-fp``  MatMulNBits, accuracy_level 0 (fp32 activations: *not* the same arithmetic)
* ``nbits8``    MatMulNBits with 8-bit weights (the same int4 values + 128, zero point 128),
                accuracy_level 4
* ``nbits8-zp8`` the same with the values stored as nibble (0..15) and explicit zero points 8
* ``fq-sgemm``  the activations quantized per block exactly as MLAS does (Abs, ReduceMax,
                Div, Mul, Round, then Mul by the scale) and multiplied by the dequantized
                weights with the fp32 ``MatMul``: the same products sa*qa * sw*qw, summed
                in float32
* ``sgemm``     the fp32 ``MatMul`` alone on the unquantized activations: ``fq-sgemm``'s ceiling
                (not the same arithmetic)
* ``bmm-int``   ``MatMulInteger`` batched over the K-blocks ([nb, M, 32] x [nb, 32, N] -> int32),
                cast, times the outer product of the block scales, summed over the blocks
* ``int8-dq``   ``DynamicQuantizeMatMul`` (per-tensor uint8 activations, per-column int8
                weights): onnxruntime's fast int8 GEMM, for its speed only (not the same
                arithmetic)

Usage::

    .venv/bin/python bench/encoder_kernels.py [--rows 256,1024,2048] [--threads 1,2]
        [--repeat 7] [--only nbits,fq-sgemm] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

QK = 32
#: e5-small's linears: name -> (weights keys stacked along N, K)
SHAPES = {
    "qkv": (("l0.q", "l0.k", "l0.v"), 384),
    "ao": (("l0.ao",), 384),
    "fi": (("l0.fi",), 384),
    "fo": (("l0.fo",), 1536),
}
FORMULATIONS = ("nbits", "nbits-fp", "nbits8", "nbits8-zp8", "fq-sgemm", "sgemm", "bmm-int", "int8-dq")


def e5_weights(f, keys, K):
    """Stacked Q4_0 weights of ``keys``: the raw blocks' ints (qw - 8, int8 [N, K]), the
    block scales (float32 [N, K/32]) and MatMulNBits' packing of them."""
    from aligner.embed.onnx import _Q4_BLOCK, _q4_to_nbits

    q, d, packed, scales = [], [], [], []
    for k in keys:
        raw = f.tensors[k + ".w"][2]
        n = len(raw) // _Q4_BLOCK.itemsize * QK // K
        blocks = np.frombuffer(raw, _Q4_BLOCK).reshape(n, K // QK)
        qs = blocks["qs"]
        q.append((np.concatenate([qs & 0x0F, qs >> 4], axis=-1).astype(np.int8) - 8).reshape(n, K))
        d.append(blocks["d"].astype(np.float32))
        p, s = _q4_to_nbits(raw, n, K)
        packed.append(p)
        scales.append(s)
    return np.concatenate(q), np.concatenate(d), np.concatenate(packed), np.concatenate(scales)


def activations(M, K, seed=0):
    """Synthetic activations with e5's shape of outliers: LayerNorm outputs (K = 384: a few
    channels 10-40x the median) or GELU outputs (K = 1536: mostly small, some large)."""
    rng = np.random.default_rng(seed)
    if K == 384:
        a = rng.normal(0, 1, (M, K)).astype(np.float32)
        a[:, [15, 35, 321]] *= rng.uniform(10, 40, 3).astype(np.float32)
    else:
        z = rng.normal(-0.5, 1.2, (M, K)).astype(np.float32)
        a = (z * 0.5 * (1 + np.tanh(0.8 * z))).astype(np.float32)
        a[:, rng.choice(K, 12, replace=False)] *= 20
    return a


def mlas_quantize(a):
    """MLAS's QuantizeARow_CompInt8 for block 32, in float32 like the kernel."""
    M, K = a.shape
    b = a.reshape(M, K // QK, QK)
    amax = np.abs(b).max(axis=-1, keepdims=True)
    scale = (amax / np.float32(127)).astype(np.float32)
    with np.errstate(divide="ignore"):
        inv = np.where(amax != 0, np.float32(127) / amax, np.float32(0)).astype(np.float32)
    q = np.rint(b * inv).astype(np.int8)                      # round half to even
    return q, scale[..., 0]


def exact(a, qw, d, bias):
    """float64 of the MLAS arithmetic: sum_b sa*sw*dot(qa, qw) + bias."""
    qa, sa = mlas_quantize(a)                                  # [M, nb, 32], [M, nb]
    M, nb, _ = qa.shape
    N = qw.shape[0]
    qwb = qw.reshape(N, nb, QK).astype(np.int64)
    dots = np.einsum("mbk,nbk->mnb", qa.astype(np.int64), qwb)     # exact integers
    return (dots * sa.astype(np.float64)[:, None, :] * d.astype(np.float64)[None, :, :]).sum(-1) + bias


def build(kind, K, N, qw, d, packed, scales, bias):
    """One linear as an ONNX model: input ``a`` [M, K], output ``y`` [M, N]."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    inits, nodes = [], []
    init = lambda name, arr: inits.append(numpy_helper.from_array(np.ascontiguousarray(arr), name)) or name  # noqa: E731
    node = lambda op, ins, outs, domain="", **kw: (  # noqa: E731
        nodes.append(helper.make_node(op, ins, outs, domain=domain, **kw)) or outs[0])

    nb = K // QK
    wdq = (qw.astype(np.float32).reshape(-1, nb, QK) * d[..., None]).reshape(-1, K)   # [N, K]
    if kind in ("nbits", "nbits-fp"):
        node("MatMulNBits", ["a", init("B", packed), init("s", scales), "", "", init("bias", bias)], ["y"],
             domain="com.microsoft", K=K, N=N, bits=4, block_size=QK,
             accuracy_level=4 if kind == "nbits" else 0)
    elif kind == "nbits8":
        b8 = (qw.astype(np.int16) + 128).astype(np.uint8).reshape(-1, nb, QK)
        node("MatMulNBits", ["a", init("B", b8), init("s", d.reshape(-1)), "", "", init("bias", bias)], ["y"],
             domain="com.microsoft", K=K, N=N, bits=8, block_size=QK, accuracy_level=4)
    elif kind == "nbits8-zp8":
        b8 = (qw.astype(np.int16) + 8).astype(np.uint8).reshape(-1, nb, QK)
        node("MatMulNBits", ["a", init("B", b8), init("s", d.reshape(-1)), init("zp", np.full(d.shape, 8, np.uint8)),
                             "", init("bias", bias)], ["y"],
             domain="com.microsoft", K=K, N=N, bits=8, block_size=QK, accuracy_level=4)
    elif kind == "sgemm":
        mm = node("MatMul", ["a", init("W", np.ascontiguousarray(wdq.T))], ["mm"])
        node("Add", [mm, init("bias", bias)], ["y"])
    elif kind in ("fq-sgemm", "bmm-int"):
        shp = node("Shape", ["a"], ["a.shape"])
        m = node("Slice", [shp, init("z", np.array([0], np.int64)), init("o", np.array([1], np.int64))], ["m"])
        blk_shape = node("Concat", [m, init("nbqk", np.array([nb, QK], np.int64))], ["blk.shape"], axis=0)
        ab = node("Reshape", ["a", blk_shape], ["ab"])                       # [M, nb, 32]
        amax = node("ReduceMax", [node("Abs", [ab], ["abs"])], ["amax"], axes=[-1], keepdims=1)
        c127 = init("c127", np.array(127, np.float32))
        sa = node("Div", [amax, c127], ["sa"])                              # amax / 127
        inv = node("Div", [c127, amax], ["inv.raw"])                        # 127 / amax (inf if 0)
        # amax == 0: the block is all zeros (q = 0); replace inf by 0 as MLAS does
        inv = node("Where", [node("Equal", [amax, init("f0", np.array(0, np.float32))], ["isz"]),
                             "f0", inv], ["inv"])
        qf = node("Round", [node("Mul", [ab, inv], ["ab.s"])], ["qf"])       # round half to even
        if kind == "fq-sgemm":
            adq = node("Reshape", [node("Mul", [qf, sa], ["adq.b"]), shp], ["adq"])
            mm = node("MatMul", [adq, init("W", np.ascontiguousarray(wdq.T))], ["mm"])
            node("Add", [mm, "bias"], ["y"])
            init("bias", bias)
        else:
            qa = node("Cast", [qf], ["qa"], to=TensorProto.INT8)
            qa_t = node("Transpose", [qa], ["qa.t"], perm=[1, 0, 2])       # [nb, M, 32]
            wb = np.ascontiguousarray(qw.reshape(-1, nb, QK).transpose(1, 2, 0))   # [nb, 32, N]
            dots = node("MatMulInteger", [qa_t, init("Wb", wb)], ["dots"])     # int32 [nb, M, N]
            df = node("Cast", [dots], ["dots.f"], to=TensorProto.FLOAT)
            sa_t = node("Transpose", [sa], ["sa.t"], perm=[1, 0, 2])        # [nb, M, 1]
            sw = init("sw", np.ascontiguousarray(d.T[:, None, :]))          # [nb, 1, N]
            scaled = node("Mul", [node("Mul", [df, sa_t], ["dots.a"]), sw], ["dots.aw"])
            red = node("ReduceSum", [scaled, init("ax0", np.array([0], np.int64))], ["red"], keepdims=0)
            node("Add", [red, init("bias", bias)], ["y"])
    elif kind == "int8-dq":
        scale = np.abs(wdq).max(axis=1) / 127
        scale[scale == 0] = 1
        wq = np.clip(np.rint(wdq / scale[:, None]), -127, 127).astype(np.int8).T
        node("DynamicQuantizeMatMul", ["a", init("Wq", np.ascontiguousarray(wq)), init("ws", scale.astype(np.float32)),
                                       init("wz", np.zeros(N, np.int8)), init("bias", bias)], ["y"],
             domain="com.microsoft")
    else:
        raise ValueError(kind)
    graph = helper.make_graph(nodes, kind, [helper.make_tensor_value_info("a", TensorProto.FLOAT, ["M", K])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["M", N])], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)])
    model.ir_version = 8
    return model


def session(model, threads):
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(model.SerializeToString(), opts, providers=["CPUExecutionProvider"])


def time_run(sess, a, repeat):
    """Median wall and CPU seconds of one run (after one warm-up run)."""
    sess.run(None, {"a": a})
    walls, cpus = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        sess.run(None, {"a": a})
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", default="256,1024,2048", help="token counts M")
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--linears", default=",".join(SHAPES))
    ap.add_argument("--only", default=",".join(FORMULATIONS))
    ap.add_argument("--json")
    args = ap.parse_args(argv)

    from aligner.embed.e5_torch import default_model_path, read_e5_file

    f = read_e5_file(default_model_path())
    kinds = [k for k in args.only.split(",") if k]
    rows = [int(r) for r in args.rows.split(",")]
    threads = [int(t) for t in args.threads.split(",")]
    print(f"load average {os.getloadavg()[0]:.2f}; onnxruntime", __import__("onnxruntime").__version__)
    out = []
    print(f"{'linear':6} {'M':>5} {'thr':>3} {'kernel':9} {'wall ms':>8} {'CPU ms':>8} {'GMAC/s':>7} "
          f"{'GMAC/CPU-s':>10} {'max|err|/rms':>12} {'vs nbits':>9}")
    for lin in args.linears.split(","):
        keys, K = SHAPES[lin]
        qw, d, packed, scales = e5_weights(f, keys, K)
        N = qw.shape[0]
        bias = np.concatenate([f.array(k + ".b", (len(f.tensors[k + ".b"][2]) // 4,)) for k in keys]).astype(np.float32)
        models = {k: build(k, K, N, qw, d, packed, scales, bias) for k in kinds}
        for M in rows:
            a = activations(M, K, seed=M + K)
            ref = exact(a, qw, d, bias)
            rms = float(np.sqrt((ref ** 2).mean()))
            ys = {}
            for t in threads:
                for k in kinds:
                    sess = session(models[k], t)
                    y = sess.run(None, {"a": a})[0]
                    ys[k] = y
                    wall, cpu = time_run(sess, a, args.repeat)
                    gmac = M * K * N / 1e9
                    err = float(np.abs(y - ref).max()) / rms
                    vs = float(np.abs(y - ys["nbits"]).max()) / rms if "nbits" in ys else float("nan")
                    row = {"linear": lin, "M": M, "K": K, "N": N, "threads": t, "kernel": k,
                           "wall_ms": wall * 1e3, "cpu_ms": cpu * 1e3, "gmac_per_s": gmac / wall,
                           "gmac_per_cpu_s": gmac / cpu if cpu else None,
                           "max_err_rel_rms": err, "max_diff_vs_nbits_rel_rms": vs, "rms": rms,
                           "load": os.getloadavg()[0]}
                    out.append(row)
                    print(f"{lin:6} {M:5} {t:3} {k:9} {wall*1e3:8.2f} {cpu*1e3:8.2f} {gmac/wall:7.1f} "
                          f"{(gmac/cpu if cpu else 0):10.1f} {err:12.2e} {vs:9.2e}", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
