"""The LLM fixtures (bundled model dir, tiny model dir) live in tests/conftest.py."""
