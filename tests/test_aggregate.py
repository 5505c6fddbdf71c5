import pytest

from framing import analyze, speaker_profiles
from framing.results import AUTHOR


@pytest.fixture(scope="module")
def table(smolensk, volgograd):
    other = analyze(
        "Governor Andrei Bocharov said the drones were destroyed. “We are safe,” he said.", doc="other"
    )
    return speaker_profiles([analyze(smolensk, doc="s"), analyze(volgograd, doc="v"), other])


def test_seed_speakers_are_listed(table):
    by_name = {p.speaker: p for p in table.speakers}
    for name in (
        "Vasily Anokhine",
        "Andrei Boharev",
        "Ramzan Kadyrov",
        "analysts",
        "experts",
        "reports",
        AUTHOR,
    ):
        assert name in by_name, sorted(by_name)
    assert by_name["analysts"].source_type == "vague"
    assert any(p.source_type == "named_institution" for p in table.speakers)
    assert table.speakers[-1].speaker == AUTHOR


def test_transliteration_variants_merge_across_articles(table):
    [boharev] = [p for p in table.speakers if "Andrei Boharev" in p.names]
    assert "Andrei Bocharov" in boharev.names
    assert set(boharev.documents) == {"v", "other"}
    assert boharev.n_quotes == 1


def test_profile_is_mean_score_per_sentence(table, volgograd):
    result = analyze(volgograd, doc="v")
    rows = [s.scores["threat"] for s in result.sentences if s.speaker == "Ramzan Kadyrov"]
    [kadyrov] = [p for p in table.speakers if p.speaker == "Ramzan Kadyrov"]
    assert kadyrov.profile["threat"] == pytest.approx(sum(rows) / len(rows), abs=1e-4)
    assert kadyrov.n_sentences == len(rows)


def test_frame(table):
    frame = table.to_frame()
    assert list(frame.columns[:6]) == [
        "speaker",
        "source_type",
        "documents",
        "sentences",
        "quotes",
        "attributions",
    ]
    assert "threat" in frame.columns


def test_a_relative_pronoun_source_is_no_role():
    from framing import analyze, load_lexicons, speaker_profiles

    lexicons = load_lexicons()
    result = analyze(
        "Senator Ann Lee, who said the deal was a disaster, left early. The senator said no more."
    )
    assert any(a.source_text == "who" and a.speaker == "Ann Lee" for a in result.attributions)
    [lee] = [p for p in speaker_profiles([result], lexicons).speakers if p.speaker == "Ann Lee"]
    assert "who" not in lee.roles and lee.roles  # "the senator" stays


def test_what_was_said_or_where_is_no_role(smolensk, volgograd):
    from framing import analyze, load_lexicons, speaker_profiles

    seeds = [analyze(smolensk, doc="smolensk"), analyze(volgograd, doc="volgograd")]
    # the seeds write "His comments", "governor’s statement", "Anokhine’s Telegram channel" as sources
    written = {a.source_text for r in seeds for a in r.attributions}
    assert {"His comments", "governor’s statement", "Anokhine’s Telegram channel"} <= written
    roles = {r for p in speaker_profiles(seeds, load_lexicons()).speakers for r in p.roles}
    assert roles and not roles & written - {
        "Governor Anokhine",
        "Governor Vasily Anokhine",
        "Governor Andrei Boharev",
        "Chechen leader Ramzan Kadyrov",
    }
    assert "Chechen leader Ramzan Kadyrov" in roles
    # a role whose last word is also a channel or speech word is still a role: only owned phrases drop
    yermak = analyze(
        "Andriy Yermak heads the office. The head of the presidential office said talks would resume."
    )
    [profile] = [
        p for p in speaker_profiles([yermak], load_lexicons()).speakers if p.speaker == "Andriy Yermak"
    ]
    assert profile.roles == ("The head of the presidential office",)


def test_a_source_cited_inside_another_speakers_sentence_has_a_document_but_no_sentence():
    # docs/output.md: a sentence belongs to one speaker; a nested claim's source gets the attribution only.
    text = (
        "Vladimir Putin said the military operation was needed to protect civilians - a claim the US had "
        "predicted he would falsely make. Officials in Kyiv said nothing."
    )
    result = analyze(text, doc="d")
    by_name = {p.speaker: p for p in speaker_profiles([result]).speakers}
    assert result.sentences[0].speaker == "Vladimir Putin"
    assert any(a.speaker == "US" and 0 in a.sentences for a in result.attributions)
    us = by_name["United States"]  # a state under its initials is listed under its name
    assert (len(us.documents), us.n_sentences, us.n_attributions) == (1, 0, 1)
    # Every sentence counts for exactly one speaker.
    assert sum(p.n_sentences for p in by_name.values()) == len(result.sentences)


def test_a_role_written_with_other_capitals_is_one_speaker_under_its_first_spelling():
    results = [
        analyze("The German Chancellor said the plan would work.", doc="a"),
        analyze("Officials met. The German chancellor said talks were over.", doc="b"),
    ]
    assert [s.speaker for s in results[1].sentences] == [AUTHOR, "German chancellor"]
    [role] = [p for p in speaker_profiles(results).speakers if p.source_type == "role_only"]
    assert role.speaker == "German Chancellor"
    assert role.names == ("German Chancellor", "German chancellor") and role.n_sentences == 2


def test_a_state_under_its_initials_is_one_speaker_with_its_name():
    # new-user trial: "United States" and "US" were two speakers; a capital stays apart ("Moscow", "Russia")
    results = [
        analyze("Officials met. The United States said the talks had failed.", doc="a"),
        analyze("Officials met. The US said sanctions would follow.", doc="b"),
        analyze("Officials met. The U.S. said it would send aid.", doc="c"),
        analyze("Officials met. Moscow said the talks were over. Russia said it would respond.", doc="d"),
    ]
    states = {
        p.speaker: p for p in speaker_profiles(results).speakers if p.source_type == "named_institution"
    }
    assert states["United States"].n_sentences == 3 and set(states["United States"].names) == {
        "United States",
        "US",
        "U.S.",
    }
    assert {"Moscow", "Russia"} <= set(states)


def test_a_role_is_never_renamed_by_a_persons_spelling_group():
    from framing import load_lexicons
    from framing.aggregate import speaker_names

    results = [
        analyze("Volodymyr Zelensky said the war would end.", doc="a"),
        analyze('Zelenskyy said the front held. "We hold," Zelenskyy added.', doc="b"),
    ]
    names = speaker_names(results, load_lexicons())
    assert names("Zelenskyy", "named_person") == "Volodymyr Zelensky"
    assert names("Zelenskyy", "named_institution") == "Zelenskyy"  # another type: no person's group


def test_a_speaker_without_sentences_has_no_profile_not_a_zero_one(table):
    from framing.outputs.speakers import render_speakers

    # Russia is a source in the seeds only inside another speaker's sentence: its mean is undefined
    russia = next(s for s in table.speakers if s.speaker == "Russia")
    assert russia.n_sentences == 0 and set(russia.profile.values()) == {None}
    line = next(x for x in str(render_speakers(table)).splitlines() if x.startswith("Russia"))
    assert line.split()[-6:] == ["n/a"] * 6
    import pandas as pd

    assert pd.isna(table.to_frame().set_index("speaker").loc["Russia", "threat"])


def test_min_sentences_keeps_the_speakers_with_that_many_in_order(table):
    counts = sorted({p.n_sentences for p in table.speakers})
    cut = counts[len(counts) // 2]
    kept = table.with_min_sentences(cut)
    assert 0 < len(kept.speakers) < len(table.speakers)
    assert [p.speaker for p in kept.speakers] == [p.speaker for p in table.speakers if p.n_sentences >= cut]
    assert kept.possible_aliases == table.possible_aliases
