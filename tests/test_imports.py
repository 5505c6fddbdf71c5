"""Cold start: `import framing` and `framing score` load only what they use."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parent.parent / "seeds" / "smolensk_anokhine.txt"

HEAVY_PACKAGES = {"pandas", "numpy", "matplotlib", "jinja2", "textstat", "pyarrow", "yaml", "tqdm"}
"""Third-party packages that only tables, charts, reports, batches or dictionaries need."""
HEAVY_MODULES = {
    "framing.lexicon.imports",
    "framing.lexicon.formats",
    "framing.lexicon.check",
    "framing.lexicon.writers",
    "framing.aggregate",
    "framing.report",
    "framing.batch",
}
"""framing's own modules for importing, exporting and checking dictionaries, speakers, reports, batches."""


def _run(code: str) -> str:
    """Run ``code`` in a fresh interpreter; return its standard output."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _loaded_after(code: str) -> list[str]:
    """The heavy modules loaded in a fresh interpreter after running ``code``."""
    script = (
        "import json, sys\n"
        f"{code}\n"
        f"heavy = {sorted(HEAVY_PACKAGES)!r}, {sorted(HEAVY_MODULES)!r}\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in heavy[0] or m in heavy[1])))\n"
    )
    return json.loads(_run(script).splitlines()[-1])


def test_import_loads_nothing_heavy():
    assert _loaded_after("import framing, framing.cli") == []


def test_analyzing_a_short_text_loads_nothing_heavy():
    code = (
        "import framing, framing.cli\n"
        "result = framing.analyze('According to the governor, no one was injured. The threat is not imminent.')\n"
        "assert result.sentences and result.document.readability['flesch_reading_ease'] != 0\n"
    )
    assert _loaded_after(code) == []


@pytest.mark.parametrize("level", ["sentence", "document"])
def test_framing_score_loads_nothing_heavy(level):
    code = (
        "import contextlib, io\n"
        "from framing.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        f"    assert main(['score', '--level', {level!r}, {str(SEED)!r}]) == 0\n"
        "assert 'smolensk' in out.getvalue()\n"
    )
    assert _loaded_after(code) == []


def test_lazy_attributes_resolve_and_list():
    import framing
    import framing.lexicon

    for name in framing.__all__:
        assert getattr(framing, name) is not None, name
        assert name in dir(framing)
    for name in framing.lexicon.__all__:
        assert getattr(framing.lexicon, name) is not None, name
    with pytest.raises(AttributeError):
        framing.no_such_name  # noqa: B018
    with pytest.raises(AttributeError):
        framing.lexicon.no_such_name  # noqa: B018


def test_functions_named_like_their_module_stay_functions():
    """analyze and compare stay callable even when their modules are imported later by other modules."""
    code = (
        "import framing, framing.batch, framing.charts, framing.report, framing.evaluation\n"
        "print(callable(framing.analyze), callable(framing.compare))\n"
    )
    assert _run(code).split() == ["True", "True"]


def test_format_names_for_the_cli_match_the_readers_and_writers():
    from framing.lexicon.imports import FORMATS
    from framing.lexicon.model import EXPORT_FORMATS, IMPORT_FORMATS
    from framing.lexicon.writers import WRITERS

    assert FORMATS is IMPORT_FORMATS
    assert tuple(WRITERS) == EXPORT_FORMATS
