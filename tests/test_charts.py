"""Charts draw on the Axes they are given, return it, label it, and never save or show."""

import ast
import dataclasses
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import pytest

from framing import analyze, charts, compare, speaker_profiles
from framing.charts import new_figure, save
from framing.errors import FramingError, UnknownNameError

PACKAGE = Path(__file__).resolve().parent.parent / "framing"


@pytest.fixture(scope="module")
def results(smolensk, volgograd):
    return [analyze(smolensk, doc="smolensk"), analyze(volgograd, doc="volgograd")]


@pytest.fixture(scope="module")
def comparison(results):
    return compare(results, n_resamples=200, n_permutations=200)


def check(ax):
    assert ax.get_title()
    assert ax.get_xlabel() or ax.get_xticklabels()
    return ax


def test_arc(results):
    _, [ax] = new_figure()
    assert check(charts.arc(results[0], ax=ax)) is ax
    assert ax.get_ylabel().startswith("score per sentence")
    assert len(ax.get_lines()) == 4  # one smoothed line per dimension
    assert any(t.get_text().startswith("“") for t in ax.texts)  # strongest evidence marked


def test_profile_keyness_speakers(results, comparison):
    _, [ax] = new_figure()
    assert check(charts.profile(comparison, ax=ax)) is ax
    assert "95% bootstrap CI" in ax.get_title()
    with pytest.raises(FramingError, match=r"no key terms to draw: none reaches G² ≥ 3\.84"):
        charts.keyness(comparison)  # the seeds have no term significant at p < 0.05
    everything = compare(results, n_resamples=200, n_permutations=200, min_g2=0)
    _, [ax] = new_figure()
    assert check(charts.keyness(everything, ax=ax)) is ax
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert all(label.endswith(("*", "n.s.")) for label in labels)  # significance marked on every term
    assert any(p.get_hatch() == "//" for p in ax.patches)  # non-significant bars drawn hatched
    _, [ax] = new_figure()
    assert check(charts.speakers(speaker_profiles(results), ax=ax)) is ax


def test_a_speaker_without_sentences_is_left_out_of_the_heatmap(results):
    table = speaker_profiles(results)
    assert any(s.n_sentences == 0 for s in table.speakers)  # "Russia", a source inside others' sentences
    _, [ax] = new_figure()
    charts.speakers(table, min_sentences=0, ax=ax)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels and not any("n=0)" in label for label in labels)


def test_keyness_names_a_bad_dimension_and_suggests_only_what_helps(results):
    everything = compare(results, n_resamples=200, n_permutations=200, min_g2=0)
    with pytest.raises(
        UnknownNameError, match=r"unknown dimension 'threatt'; valid dimensions are: .*threat"
    ):
        charts.keyness(everything, dimension="threatt")
    with pytest.raises(FramingError, match="no key terms of threat to draw") as raised:
        charts.keyness(dataclasses.replace(everything, key_terms=()), dimension="threat")
    assert "--min-g2" not in str(raised.value)  # the cut-off is already 0: lowering it cannot help


def test_save_png_and_svg_and_refuse_other(tmp_path, comparison):
    figure, [ax] = new_figure()
    charts.profile(comparison, ax=ax)
    png = save(figure, tmp_path / "c.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert save(figure, tmp_path / "c.svg").read_text().lstrip().startswith("<?xml")
    with pytest.raises(FramingError, match=r"use a \.png or \.svg"):
        save(figure, tmp_path / "c.jpg")
    assert not list(tmp_path.glob("*.part"))


def test_matplotlib_is_imported_only_in_charts():
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        if path.name != "charts.py":
            assert not any(name.startswith("matplotlib") for name in names), path


def test_an_arc_counts_sentences_in_whole_numbers_even_for_one_sentence():
    from framing import analyze, charts

    _, [ax] = charts.new_figure()
    charts.arc(analyze("Drones attacked the city of Kursk overnight, the governor said."), ax=ax)
    assert all(float(t).is_integer() for t in ax.get_xticks())


def test_peak_labels_of_neighbouring_sentences_at_one_height_do_not_overlap():
    from framing import analyze, charts

    # threat peaks at sentence 0 and attribution at sentence 1, both at 1.5: the second label is lifted
    result = analyze("Explosions were heard. Officials said it was calm.")
    _, [ax] = charts.new_figure()
    charts.arc(result, ax=ax, dimensions=["threat", "attribution"])
    offsets = [text.xyann[1] for text in ax.texts]
    assert len(offsets) == 2 and offsets[1] > offsets[0]


def test_shared_arcs_scale_to_the_dimensions_drawn(results):
    # new-user trial: --dimension certainty kept the y axis of all six dimensions (0 to 8), lines flat
    drawn = ["certainty"]
    figure = charts.arcs(results, dimensions=drawn)
    top = max(s.scores["certainty"] for r in results for s in r.sentences)
    whole = max(s.scores[d] for r in results for s in r.sentences for d in r.dimensions)
    assert top < whole  # the seeds score other dimensions higher, so the test can fail
    assert figure.axes[0].get_ylim()[1] == pytest.approx(top * 1.1 or 1.0)


def test_keyness_of_more_than_two_groups_is_refused_with_the_pairs(results):
    # new-user trial 35: five countries drew one pair (GB / PL) and said nothing of the nine others
    everything = compare(results, n_resamples=200, n_permutations=200, min_g2=0)
    pairs = {(k.group_a, k.group_b) for k in everything.key_terms}
    assert len(pairs) == 1  # the seeds: two articles, one pair, drawn (test above)
    _, b = next(iter(pairs))
    third = dataclasses.replace(everything.key_terms[0], group_a="third", group_b=b)
    several = dataclasses.replace(everything, key_terms=(*everything.key_terms, third))
    with pytest.raises(
        FramingError, match=r"one pair of groups, and this comparison has 2 pairs .*--group A"
    ):
        charts.keyness(several)
