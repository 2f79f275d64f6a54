"""Per-run analyses of the aligned text that rules read: pure functions of the text, or
computed once per run on the :class:`~aligner.checks.base.CheckContext` (``ctx.shared``).

* :mod:`.names` — the English names and acronyms of a sentence;
* :mod:`.renderings` — where a name is rendered in a Pashto sentence (sound, glossary, Latin
  script, acronyms);
* :mod:`.spellings` — the document's own spellings of its names, learned across beads;
* :mod:`.contrast` — how alike a pair is with a reported negation undone (the encoder's
  contrastive evidence for the NEG rules).
"""
