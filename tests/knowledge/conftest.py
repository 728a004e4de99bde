"""One knowledge-base index for the whole test session: building it embeds every condition."""

import pytest

from consult.knowledge import retrieval


@pytest.fixture(scope="session")
def retriever(tmp_path_factory) -> retrieval.Retriever:
    return retrieval.Retriever(tmp_path_factory.mktemp("kb-cache"))
