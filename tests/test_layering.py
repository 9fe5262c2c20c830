"""The package layout shows the pipeline, and no lower stage imports a higher one.

read → annotate → claims → resolve → write, with the shared knowledge (registry, names,
nations, events, competitions, dates) and value parsing below all of them.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "extractor"

# Lowest first. A module may import its own layer or any lower one.
LAYERS: list[tuple[str, ...]] = [
    ("data", "spans", "models", "values"),
    ("knowledge",),
    ("reading", "markup", "whitespace", "chunks", "layout"),
    ("annotate",),
    ("claims",),
    ("resolve",),
    ("pipeline", "api", "evaluate", "schema", "cli", "batch", "calibration"),
]


def _layer(module: str) -> int | None:
    """The layer of ``extractor.X...`` (None for the package itself)."""
    parts = module.split(".")
    if parts[0] != "extractor" or len(parts) < 2:
        return None
    for rank, names in enumerate(LAYERS):
        if parts[1] in names:
            return rank
    raise AssertionError(f"{module} is in no layer: add it to LAYERS")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names]
    return [m for m in found if m.startswith("extractor")]


def test_no_lower_stage_imports_a_higher_one() -> None:
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = "extractor." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        own = _layer(module.removesuffix(".__init__"))
        if own is None:
            continue
        for imported in _imports(path):
            other = _layer(imported)
            if other is not None and other > own:
                wrong.append(f"{module} imports {imported}")
    assert wrong == []


def test_the_layer_table_fails_on_a_higher_import() -> None:
    assert _layer("extractor.knowledge.events") == 1
    assert _layer("extractor.resolve.checks") == 5
    assert _layer("extractor.claims.medals") == 4
