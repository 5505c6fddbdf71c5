"""framing.grouping: the groups a comparison compares."""

import pytest

from framing import analyze
from framing.errors import FramingError, TooFewGroupsError
from framing.grouping import choose_groups, group_sentences, refuse_shared_names


def _results():
    return [
        analyze("Drones attacked the city. The governor said the situation was calm.", doc="a"),
        analyze("Shelling went on. Residents said they were afraid.", doc="b"),
    ]


def test_sentences_grouped_by_article_in_first_seen_order():
    groups = group_sentences(_results(), "article")
    assert list(groups) == ["a", "b"]
    assert [s.text for _, s in groups["a"]] == [
        "Drones attacked the city.",
        "The governor said the situation was calm.",
    ]


def test_grouping_by_a_missing_field_names_the_choices():
    with pytest.raises(FramingError, match="group by one of: article, speaker, source_type, country"):
        group_sentences(_results(), "region", {"a": {"country": "GB"}, "b": {"country": "PL"}})


def test_results_that_share_a_name_are_refused():
    same = [analyze("Drones attacked the city."), analyze("Shelling went on.")]
    with pytest.raises(TooFewGroupsError, match="share the name ''"):
        refuse_shared_names(same)
    refuse_shared_names(_results())  # distinct names pass


def test_the_largest_groups_are_kept_and_fewer_than_two_refused():
    groups = {"x": [("d", None)] * 5, "y": [("d", None)] * 3, "z": [("d", None)] * 1}
    big, kept, left_out, too_small = choose_groups(groups, "speaker", min_sentences=2, max_groups=2)
    assert list(big) == ["x", "y"] and kept == ["x", "y"] and left_out == () and too_small == ("z",)
    with pytest.raises(TooFewGroupsError):
        choose_groups(groups, "speaker", min_sentences=4, max_groups=2)


def test_groups_cut_by_max_groups_are_kept_largest_first():
    # 'compare --by speaker' says "Compared the 2 largest": its rows must not read in first-seen order.
    groups = {"x": [("d", None)] * 3, "z": [("d", None)] * 4, "y": [("d", None)] * 5, "w": [("d", None)] * 2}
    _, kept, left_out, _ = choose_groups(groups, "speaker", min_sentences=1, max_groups=2)
    assert kept == ["y", "z"] and left_out == ("x", "w")
    _, kept, _, _ = choose_groups(groups, "speaker", min_sentences=1, max_groups=4)
    assert kept == ["x", "z", "y", "w"]  # none cut: the order the groups came in
