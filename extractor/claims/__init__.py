"""Claim rules: each module reads one family of claims from an annotated article.

``component.py`` runs them as the ``sports_claims`` spaCy component and leaves their
drafts on ``doc._.claims``; :mod:`extractor.resolve.assemble` resolves and validates them.
"""
