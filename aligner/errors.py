"""Errors the user can act on. The CLI turns each into one line and an exit code."""

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2          # bad usage or bad input (missing file, undecodable text, ...)
EXIT_MODEL = 3          # the embedding model is not available offline
EXIT_INTERNAL = 4       # a bug: reported as one line, details with --debug


class AlignerError(Exception):
    """An error caused by the input or the environment, not by a bug."""
    exit_code = EXIT_USAGE


class InputError(AlignerError):
    exit_code = EXIT_USAGE


class ModelError(AlignerError):
    exit_code = EXIT_MODEL
