"""Batch audits: check every English/Pashto document pair of a folder.

The package, by job: :mod:`.pairing` (naming patterns, manifests, locale layouts, shards),
:mod:`.options` (report formats, the settings a run is resumed under), :mod:`.pair` (checking
one pair, batch encoding), :mod:`.resume`, :mod:`.runners` (in process, a local process pool,
Dask), :mod:`.index` (``index.json`` / ``index.html``), :mod:`.merge` (shard indexes into
one), :mod:`.run` (:func:`audit_directory`), :mod:`.signals` (Ctrl-C, SIGTERM).

``audit_directory(DIR)`` finds the pairs (by a naming convention or a manifest), checks each
one exactly like ``aligner check`` and writes

* one report per pair into the report folder (``<name>.json`` always, plus every other
  requested format of :data:`aligner.report.FORMATS`: ``<name>.html``, ``<name>.txt`` …);
* ``index.json`` (schema ``aligner.audit/1``) and ``index.html``: every pair ranked by its
  problems (pairs that could not be checked first, then by errors, then warnings), with
  links to its reports; files without a partner are listed as unpaired.

Pairing.  A naming pattern is ``LEFT=RIGHT`` with the placeholders ``{name}`` (any text,
may contain ``/``) and ``{ext}`` (one file extension); it is matched against each file's
path relative to the folder, at any depth.  The defaults pair ``x.en.md`` with ``x.ps.md``
(any extension) and ``en/x.txt`` with ``ps/x.txt``.  A manifest (TSV or CSV: source,
target and optionally a name, paths relative to the folder) lists the pairs instead.

Checking.  Each pair is checked as ``aligner check`` checks it
(:func:`aligner.pipeline.check_pair`): the configuration given in
:attr:`AuditOptions.config` (from ``aligner.toml`` / ``[tool.aligner]`` merged with the
command line: glossaries, disabled codes, severities, ignores, baseline), inline
suppression markers honoured.

Running.  The model is loaded once per process.  With ``jobs > 1`` the pairs run in a
pool of worker processes (``spawn``: no OpenMP state inherited over ``fork``), each loading
its own encoder once in its initializer and sharing the on-disk embedding cache (SQLite,
safe across processes); the CPU threads are split between the workers.  With a Dask
``scheduler`` they run on the cluster's workers and the reports come back to be written here.
Pairs go out in batches: a worker encodes the sentences of a whole batch in a few large
requests (the fast engine for large batches), then aligns, checks and reports each pair.

Robustness.  A pair whose files cannot be read or are not a translation pair (an
:class:`~aligner.errors.AlignerError`) is recorded as *failed* with its error; an
unexpected exception is recorded as an *internal error*; neither stops the run, and a pair
that fails keeps no report of any format from an earlier run (CI must not upload stale
results).  Reports are written atomically (temporary file + ``os.replace``), so an
interruption never leaves half a report: the index is then written with what finished and
which pairs are pending, and :class:`AuditInterrupted` is raised.  Ctrl-C (SIGINT) lets the
pairs in progress finish (a second one stops at once); SIGTERM stops at once: the worker
processes are ended (and a worker whose parent dies exits by itself), the pairs in progress
are listed as pending; the CLI exits 130 after Ctrl-C and 143 after SIGTERM.

Safety.  Only files inside the audited folder are read: a manifest path such as ``../x``
or ``/etc/x``, or a symlink pointing out of the folder, makes that pair fail unread unless
``allow_outside`` is given.  Every file is read through
:func:`aligner.text.reading.read_bytes_checked` (regular files, size limit).  Report file
names are at most :data:`STEM_MAX_BYTES` UTF-8 bytes plus the extension.  On the next run, a pair whose JSON
report exists, whose other requested reports exist, and whose recorded input sha256
values match the files is not checked again (``resume=False`` re-checks everything;
changed settings — model, checks, glossaries — also re-check everything).
"""

from __future__ import annotations

import os  # noqa: F401  (tests patch aligner.audit.os.replace)

from ..output import atomic_write
from .index import (AuditResult, _verdict_label, rank_documents, rank_key, render_index_html, summary_text,
                    verdict, write_index)
from .merge import merge_indexes
from .options import (DEFAULT_OUT, EXTENSIONS, FAILED, INDEX_HTML, INDEX_JSON, INTERNAL, MODEL_ERROR, OK,
                      REPORT_SCHEMA, SCHEMA, AuditOptions, remove_reports, report_extensions, report_name,
                      resolve_formats)
from .pair import PairRunner, _empty_outcome, load_encoder, summarize_report, write_reports
from .pairing import (STEM_MAX_BYTES, PairSpec, Unpaired, assign_stems, compile_pattern, default_patterns,
                      discover_pairs, list_files, locale_layouts, outside_error, parse_shard, read_manifest,
                      select_shard, shard_of)
from .resume import file_sha256, previous_index, resumable
from .run import _Progress, _record, audit_directory
from .signals import EXIT_BY_SIGNAL, AuditInterrupted

__all__ = ["AuditInterrupted", "AuditOptions", "AuditResult", "PairRunner", "PairSpec", "Unpaired",
           "audit_directory", "merge_indexes", "discover_pairs", "read_manifest", "compile_pattern",
           "default_patterns", "summary_text", "render_index_html", "rank_documents", "file_sha256",
           "atomic_write", "EXIT_BY_SIGNAL", "SCHEMA", "STEM_MAX_BYTES"]
