"""Comparisons on known cases: identical groups, a planted difference, reproducibility, grouping errors."""

import pytest

from framing import ArticleResult, FramingError, Match, SentenceResult, compare

DIMS = ("reassurance", "threat")


def article(doc, threat_scores, term="attack"):
    sentences = []
    for i, value in enumerate(threat_scores):
        evidence = (
            (Match("threat", "threat/attack", term, 0, len(term), term, value, (), "threat", i),)
            if value
            else ()
        )
        sentences.append(
            SentenceResult(
                i,
                0,
                10,
                "x" * 10,
                10,
                False,
                {"reassurance": 1.0, "threat": value},
                evidence,
                {"reassurance": True, "threat": value >= 1},
            )
        )
    return ArticleResult(doc, "x" * 10, DIMS, tuple(sentences))


def test_identical_groups_differ_by_zero_with_p_near_one():
    scores = [0.0, 1.0, 2.0, 0.5, 1.5, 0.0, 3.0, 1.0] * 3
    result = compare(
        [article("a", scores), article("b", scores)], n_resamples=500, n_permutations=999, seed=1
    )
    for d in result.differences:
        assert d.difference == 0
        assert d.p_value == 1.0
        assert d.ci_low <= 0 <= d.ci_high


def test_planted_difference_is_found():
    low = [0.0, 0.5, 0.0, 1.0, 0.5, 0.0] * 5
    high = [2.0, 2.5, 3.0, 2.0, 1.5, 2.5] * 5
    result = compare(
        [article("low", low), article("high", high)], n_resamples=500, n_permutations=999, seed=2
    )
    [threat] = [d for d in result.differences if d.dimension == "threat"]
    assert threat.difference == pytest.approx(sum(low) / len(low) - sum(high) / len(high), abs=1e-4)
    assert threat.ci_high < 0
    assert threat.p_value <= 0.002 and threat.p_holm < 0.01
    [reassurance] = [d for d in result.differences if d.dimension == "reassurance"]
    assert reassurance.difference == 0 and reassurance.p_value == 1.0


def test_many_groups_get_enough_permutations_for_holm_to_find_a_planted_difference():
    # 12 groups x 2 dimensions = 132 tests: at 999 permutations the smallest Holm p would be 132/1000.
    low = [0.0, 0.5, 0.0, 1.0, 0.5, 0.0] * 5
    high = [2.0, 2.5, 3.0, 2.0, 1.5, 2.5] * 5
    groups = [article(f"g{i}", low) for i in range(11)] + [article("high", high)]
    result = compare(groups, max_groups=12, n_resamples=100, n_permutations=999, seed=3)
    assert len(result.differences) == 132 and result.n_permutations_refined == 10_560
    found = [d for d in result.differences if d.p_holm < 0.05]
    assert found and all("high" in (d.group_a, d.group_b) and d.dimension == "threat" for d in found)
    assert result.holm_floor == pytest.approx(132 / 10_561)
    # p-values keep three significant figures: the smallest, 1/10,561, must not read 0.0001 (or 0).
    assert min(d.p_value for d in result.differences) == pytest.approx(1 / 10_561, rel=1e-2)


def test_the_text_says_when_holm_cannot_reach_significance():
    from framing.outputs.reports import render_comparison

    flat = [0.0, 1.0] * 10
    groups = [article(f"g{i}", flat) for i in range(2)]
    result = compare(groups, n_resamples=50, n_permutations=20, seed=1)
    # 2 tests need 160 permutations for Holm to reach 0.05 / 4.
    assert result.n_permutations_refined == 160 and result.holm_floor == pytest.approx(2 / 161)
    text = render_comparison(result)
    assert "run again with 160 permutations" in text and "no difference can be significant" not in text
    assert "Groups of fewer than 10 sentences" not in text  # 20 sentences each
    few = compare(
        [article("a", [0.0, 1.0, 2.0]), article("b", [1.0] * 12)], n_resamples=50, n_permutations=100
    )
    assert "Groups of fewer than 10 sentences: a (3). At this size" in render_comparison(few)
    three = compare([article(g, [0.0, 1.0] * 5) for g in "abc"], n_resamples=50, n_permutations=100)
    assert "reassurance: the same in every group (1.00)" in three.verdicts()


def test_past_the_permutation_cap_the_text_says_holm_cannot_reach_significance(monkeypatch):
    import importlib

    from framing.outputs.reports import render_comparison

    # framing.compare is also the name of the function the package exports: fetch the module itself.
    monkeypatch.setattr(importlib.import_module("framing.compare"), "MAX_PERMUTATIONS", 30)
    low, high = [0.0, 0.5, 0.0, 1.0, 0.5, 0.0] * 5, [2.0, 2.5, 3.0, 2.0, 1.5, 2.5] * 5
    result = compare([article("low", low), article("high", high)], n_resamples=50, n_permutations=20, seed=1)
    # 2 tests would need 160 permutations; capped at 30, the smallest Holm p is 2/31, above 0.05.
    assert result.n_permutations_refined == 30 and result.holm_floor == pytest.approx(2 / 31)
    assert not [d for d in result.differences if d.p_holm < 0.05]
    assert "no difference can be significant after Holm (smallest possible p 0.065)" in render_comparison(
        result
    )


def test_same_seed_same_numbers_other_seed_other_intervals():
    a, b = article("a", [0.0, 1.0, 2.0, 0.0, 1.0] * 4), article("b", [1.0, 2.0, 0.0, 3.0, 1.0] * 4)
    first = compare([a, b], n_resamples=300, n_permutations=300, seed=7)
    again = compare([a, b], n_resamples=300, n_permutations=300, seed=7)
    other = compare([a, b], n_resamples=300, n_permutations=300, seed=8)
    assert first.differences == again.differences and first.profiles == again.profiles
    assert first.differences != other.differences


def test_group_by_metadata_field_and_errors():
    a, b, c = article("a", [1.0, 2.0, 1.0]), article("b", [0.0, 0.0, 1.0]), article("c", [2.0, 2.0, 2.0])
    result = compare([a, b, c], by="country", metadata={"a": {"country": "GB"}, "b": {"country": "US"},
                                                          "c": {"country": "GB"}}, n_resamples=200, n_permutations=200)  # fmt: skip
    assert [p.group for p in result.profiles] == ["GB", "US"]
    assert result.profiles[0].n_documents == 2
    with pytest.raises(FramingError, match="cannot group by 'outlet'"):
        compare([a, b], by="outlet", metadata={})
    with pytest.raises(FramingError, match="need at least two groups"):
        compare([a], by="article")


def test_max_groups_keeps_the_largest_and_says_so(capsys):
    from framing.outputs import render_comparison

    results = [article(name, [1.0] * size) for name, size in (("a", 5), ("b", 4), ("c", 3), ("d", 2))]
    comparison = compare(results, n_resamples=100, n_permutations=100, max_groups=2)
    assert [p.group for p in comparison.profiles] == ["a", "b"] and comparison.left_out == ("c", "d")
    text = render_comparison(comparison)
    assert text.startswith("Compared the 2 largest of 4 groups by sentences (--max-groups to change)")
    with pytest.raises(FramingError, match="max_groups must be at least 2"):
        compare(results, max_groups=1)


@pytest.mark.parametrize("cut_off", [float("nan"), float("inf"), -1.0])
def test_a_key_term_cut_off_that_no_g2_can_be_compared_with_is_refused(cut_off):
    results = [article("a", [1.0, 0.0, 1.0]), article("b", [0.0, 1.0, 0.0])]
    # NaN compares false with every G², so it would drop every key term with no error.
    with pytest.raises(FramingError, match="min_g2 must be a finite number of at least 0"):
        compare(results, min_g2=cut_off, n_resamples=100, n_permutations=100)


def test_groups_too_small_to_compare_are_named_not_dropped_silently():
    from framing.outputs import render_comparison

    results = [article(name, [1.0] * size) for name, size in (("a", 3), ("b", 2), ("tiny", 1))]
    comparison = compare(results, n_resamples=100, n_permutations=100)
    assert [p.group for p in comparison.profiles] == ["a", "b"] and comparison.too_small == ("tiny",)
    assert "Left out (too few sentences for a mean that says anything): tiny" in render_comparison(comparison)


def test_results_that_share_a_name_are_not_pooled_into_one_article():
    from framing.errors import TooFewGroupsError

    unnamed = [article("", [0.0, 1.0] * 5), article("", [1.0, 2.0] * 5)]
    with pytest.raises(TooFewGroupsError, match=r"2 of the 2 results share the name '', .*doc="):
        compare(unnamed, n_resamples=50, n_permutations=100)
    # Two of three sharing a name would pool silently into two groups: refused too.
    with pytest.raises(FramingError, match=r"2 of the 3 results share the name 'a'"):
        compare([*unnamed[:1], article("a", [1.0] * 10), article("a", [2.0] * 10)], n_resamples=50)


def test_grouping_by_speaker_merges_spellings_of_one_person_as_the_speakers_table_does():
    from framing import analyze, speaker_profiles

    results = [
        analyze('Volodymyr Zelensky said the war would end. "We will win," he said.', doc="a"),
        analyze('Zelenskyy said the front held. "We hold," Zelenskyy added.', doc="b"),
        analyze('Joe Biden said aid would come. "We stand with Ukraine," Biden said.', doc="c"),
    ]
    table = {s.speaker: s.n_sentences for s in speaker_profiles(results).speakers}
    comparison = compare(results, by="speaker", n_resamples=20, n_permutations=20, min_sentences=1)
    groups = {p.group: p.n_sentences for p in comparison.profiles}
    assert groups == {name: n for name, n in table.items() if name in groups}
    assert "Zelenskyy" not in groups and groups["Volodymyr Zelensky"] == 4


def test_grouping_by_speaker_merges_a_role_written_with_other_capitals():
    from framing import analyze

    results = [
        analyze("The German Chancellor said the plan would work. He said so twice.", doc="a"),
        analyze("The German chancellor said talks were over. He said no more.", doc="b"),
        analyze("Analysts said the plan would fail. They said so twice.", doc="c"),
    ]
    comparison = compare(results, by="speaker", n_resamples=20, n_permutations=20, min_sentences=1)
    groups = {p.group: p.n_sentences for p in comparison.profiles}
    assert groups.get("German Chancellor") == 4 and "German chancellor" not in groups


@pytest.mark.parametrize(
    ("p_value", "p_holm", "ending"),
    [
        (0.0004, 0.012, ", p < 0.001 before and p = 0.012 after Holm correction over 6 tests: significant"),
        (0.04, 0.24, ", p = 0.040 before and p = 0.240 after Holm correction over 6 tests: not significant"),
        (0.40, 1.0, ", p = 0.400, not significant"),
        (0.0501, 1.0, ", p = 0.050, not significant"),
        (0.001, 0.0495, ", p = 0.001 before and p = 0.0495 after Holm correction over 6 tests: significant"),
        # a p a hair under the line keeps enough digits to show it (code review)
        (
            0.001,
            0.04996,
            ", p = 0.001 before and p = 0.04996 after Holm correction over 6 tests: significant",
        ),
    ],
)
def test_a_verdict_names_the_raw_and_the_holm_adjusted_p_apart(p_value, p_holm, ending):
    from framing._verdicts import _verdict
    from framing.compare import Difference

    difference = Difference("A", "B", "hedging", 0.1, 0.5, -0.4, -0.77, -0.06, p_value, p_holm, 30, 30)
    assert _verdict(difference, 6, str, (1 / 5001, 6 / 5001)) == f"B higher by 0.40 [0.06, 0.77]{ending}"


def test_a_p_at_the_permutations_floor_is_written_as_a_bound():
    # new-user trial 35: 60 tests of 5,000 permutations gave "p = 0.012" after Holm for every test, the
    # smallest value the permutations can give (60 / 5001), not a measured one
    from framing._verdicts import _verdict, p_text
    from framing.compare import Difference

    difference = Difference("A", "B", "hedging", 0.1, 0.5, -0.4, -0.77, -0.06, 0.0002, 0.012, 30, 30)
    floors = (1 / 5001, 60 / 5001)
    assert _verdict(difference, 60, str, floors).endswith(
        "p < 0.001 before and p ≤ 0.012 after Holm correction over 60 tests: significant"
    )
    assert (p_text(0.0002, floors[0]), p_text(0.012, floors[1]), p_text(0.013, floors[1])) == (
        "≤ 0.0002",
        "≤ 0.012",
        "0.013",
    )


def test_the_key_term_line_says_how_many_are_shown_and_what_the_cut_off_means(smolensk, volgograd):
    from collections import Counter

    from framing import analyze
    from framing.outputs.reports import render_comparison

    results = [analyze(smolensk, doc="a"), analyze(volgograd, doc="b")]
    result = compare(results, n_resamples=50, n_permutations=20, min_g2=0)
    per_pair = Counter((k.group_a, k.group_b, k.dimension) for k in result.key_terms)
    shown = sum(min(2, n) for n in per_pair.values())
    assert shown < len(result.key_terms)  # some are left out of the table, and the line says so
    line = render_comparison(result, key_terms=2).splitlines()[-1]
    assert line.startswith(
        f"key terms: {len(result.key_terms)} with G² ≥ 0 (p ≤ 1 each), {shown} shown above"
    )
    strict = render_comparison(compare(results, n_resamples=50, n_permutations=20, min_g2=6.63)).splitlines()[
        -1
    ]
    assert "G² ≥ 6.63 (p ≤ 0.01 each)" in strict


def test_chosen_groups_are_compared_in_the_order_given_and_unknown_ones_refused():
    groups = [article(g, [0.0, 1.0, 2.0] * 3) for g in "abcd"]
    result = compare(groups, groups=["c", "a"], n_resamples=50, n_permutations=20, max_groups=2)
    assert [p.group for p in result.profiles] == ["c", "a"] and result.chosen
    assert result.left_out == ("b", "d")  # the others, as the outputs count them
    with pytest.raises(FramingError, match="a list of group names, got the string 'ab'"):
        compare(groups, groups="ab", n_resamples=50, n_permutations=20)
    with pytest.raises(FramingError, match=r"no group 'e' by article; the largest are: a, b, c, d"):
        compare(groups, groups=["a", "e"], n_resamples=50, n_permutations=20)
    with pytest.raises(FramingError, match="name at least two different groups"):
        compare(groups, groups=["a", "a"], n_resamples=50, n_permutations=20)
    short = [*groups, article("e", [1.0])]
    with pytest.raises(FramingError, match="group 'e' has 1 sentence"):
        compare(short, groups=["a", "e"], n_resamples=50, n_permutations=20)


def test_a_verdict_says_when_several_groups_share_the_lowest_or_highest_mean():
    groups = [article(g, [0.0] * 4) for g in "abcd"] + [article("e", [1.0, 2.0] * 2)]
    lines = compare(groups, n_resamples=50, n_permutations=20).verdicts()
    threat = next(line for line in lines if line.startswith("threat:"))
    assert threat.startswith("threat: highest in e (1.50), lowest in 4 groups (a, b, c, ...) (0.00);")


def test_to_frame_names_each_tidy_table_and_refuses_an_unknown_one():
    low = [0.0, 0.5, 0.0, 1.0] * 3
    high = [2.0, 2.5, 3.0, 2.0] * 3
    result = compare([article("low", low), article("high", high)], n_resamples=100, n_permutations=99)
    differences = result.to_frame()
    assert len(differences) == len(DIMS)  # one pair, two dimensions
    assert set(differences["dimension"]) == set(DIMS)
    assert list(differences.columns) == list(result.differences_frame().columns)
    profiles = result.to_frame("profiles")
    assert len(profiles) == 2 * len(DIMS) and set(profiles["group"]) == {"low", "high"}
    assert result.to_frame("means").loc["high", "threat"] == pytest.approx(sum(high) / len(high))
    assert "favours" in result.to_frame("key_terms").columns
    with pytest.raises(FramingError, match="profiles"):
        result.to_frame("profile")
