"""Alignment layer: sentence vectors → beads."""
from .dp import AlignParams, AlignStats, align_vectors, bead_types

__all__ = ["AlignParams", "AlignStats", "align_vectors", "bead_types"]
