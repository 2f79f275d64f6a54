"""Report layer: an AlignmentResult (with findings) → JSON, text, and other formats."""
from .json_report import SCHEMA, report_dict, write_json
from .text import render_text

__all__ = ["SCHEMA", "report_dict", "write_json", "render_text"]
