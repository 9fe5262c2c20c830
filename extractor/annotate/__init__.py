"""spaCy components that annotate an article before claims are read from it.

Each module registers one factory with ``@Language.factory``; the entry points in
``pyproject.toml`` expose them under ``spacy_factories``. Nothing runs at import time.
"""
