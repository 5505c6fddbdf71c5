import pytest
from conftest import SHARED_DATA
from item_checks import check_spans, marked

from framing import InputError
from framing.evaluation.items import describe, part_of
from framing.evaluation.szeged import load_szeged

SZEGED = """<?xml version="1.0" encoding="UTF-8" standalone="no"?><!DOCTYPE Annotation PUBLIC "-//Uncertainty//DTD  SCOPE ANNOTATION 1.0//EN" "Uncertainty.dtd">
<Annotation><DocumentSet>
<Document type="Wikipedia_text_weasel"><DocID type="WIKIPEDIA_ARTICLE_ID">Beta_2</DocID>
<DocumentPart type="Title"><Sentence id="S1.1">Beta</Sentence></DocumentPart>
<DocumentPart type="Text"><Sentence id="S1.2">It <ccue type="speculation_modal_probable_">may </ccue>rain, <ccue type="speculation_hypo_doxastic _">critics say</ccue>; it <ccue type="speculation_modal_probable_">may</ccue> not.</Sentence><Sentence id="S1.3">\u00a0</Sentence><Sentence id="S1.4">Tom &amp; Jerry left.</Sentence></DocumentPart>
</Document>
<Document type="Wikipedia_text_weasel"><DocID type="WIKIPEDIA_ARTICLE_ID">Alpha_1</DocID>
<DocumentPart type="Text"><Sentence id="S1.1"><ccue type="speculation_hypo_condition _">If</ccue> so, go.</Sentence></DocumentPart>
</Document>
</DocumentSet></Annotation>
"""


def test_szeged_reads_mixed_content_with_cue_offsets_into_the_text(tmp_path):
    path = tmp_path / "wiki.xml"
    path.write_text(SZEGED, encoding="utf-8")
    items = load_szeged(path)
    # Sorted by document ID, then in document order; the blank sentence (only a no-break space) is skipped.
    assert [i.id for i in items] == [
        "wiki:Alpha_1:S1.1",
        "wiki:Beta_2:S1.1",
        "wiki:Beta_2:S1.2",
        "wiki:Beta_2:S1.4",
    ]
    alpha, title, hedged, plain = items
    assert alpha.text == "If so, go."
    assert marked(alpha) == [("If", "speculation_hypo_condition_")]
    assert alpha.doc_id == "wiki:Alpha_1"
    assert hedged.text == "It may rain, critics say; it may not."
    assert hedged.labels == {"hedging": 1}
    assert hedged.gold == (
        (3, 6, "speculation_modal_probable_"),
        (13, 24, "speculation_hypo_doxastic_"),
        (29, 32, "speculation_modal_probable_"),
    )
    assert marked(hedged) == [
        ("may", "speculation_modal_probable_"),
        ("critics say", "speculation_hypo_doxastic_"),
        ("may", "speculation_modal_probable_"),
    ]
    assert hedged.category == "speculation_modal_probable_,speculation_hypo_doxastic_"
    assert (title.text, title.labels, title.gold, title.category) == ("Beta", {"hedging": 0}, (), "")
    assert plain.text == "Tom & Jerry left."
    assert plain.labels == {"hedging": 0}


def test_szeged_folder_reads_every_file_or_one_by_its_stem(tmp_path):
    (tmp_path / "wiki.xml").write_text(SZEGED, encoding="utf-8")
    (tmp_path / "news.xml").write_text(SZEGED.replace("Alpha_1", "Gamma_3"), encoding="utf-8")
    (tmp_path / "Uncertainty.dtd").write_text("<!-- not read -->", encoding="utf-8")
    everything = load_szeged(tmp_path)
    assert len(everything) == 8
    assert {i.doc_id for i in everything} == {"news:Gamma_3", "news:Beta_2", "wiki:Alpha_1", "wiki:Beta_2"}
    assert {i.doc_id for i in load_szeged(tmp_path, split="news")} == {"news:Beta_2", "news:Gamma_3"}
    with pytest.raises(InputError, match=r"unknown split 'bio'; splits in .*: all, news, wiki$"):
        load_szeged(tmp_path, split="bio")
    with pytest.raises(InputError, match=r"unknown split 'bio'; splits in .*wiki.xml: all, wiki$"):
        load_szeged(tmp_path / "wiki.xml", split="bio")


def test_szeged_parts_split_by_document(tmp_path):
    path = tmp_path / "wiki.xml"
    path.write_text(SZEGED, encoding="utf-8")
    items = load_szeged(path)
    for part in ("tune", "heldout"):
        assert load_szeged(path, part=part) == [i for i in items if part_of(i.doc_id) == part]


def test_szeged_errors_name_the_file_and_line(tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text(
        '<Annotation>\n<Document><DocID>x</DocID><Sentence id="S1">a</Document>\n', encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"broken.xml:2:\d+: not well-formed XML \(mismatched tag\)"):
        load_szeged(broken)
    nameless = tmp_path / "nameless.xml"
    nameless.write_text(
        "<Annotation><Document><Sentence id='S1'>a</Sentence></Document></Annotation>", encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"nameless\.xml: document 1 has no <DocID>"):
        load_szeged(nameless)
    other = tmp_path / "other.xml"
    other.write_text("<html><body/></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no <Document> element"):
        load_szeged(other)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match=r"holds no \*.xml file"):
        load_szeged(empty)


# --- the real corpus (skipped when ../shared/data is absent) ---------------------------------------------


@pytest.mark.skipif(
    not (SHARED_DATA / "szeged_uncertainty").is_dir(), reason="no ../shared/data/szeged_uncertainty"
)
def test_real_szeged_wiki():
    items = load_szeged(SHARED_DATA / "szeged_uncertainty" / "wiki.xml")
    counts = describe(items)
    assert (counts["items"], counts["documents"], counts["positives"]["hedging"]) == (20_748, 4_530, 2_606)
    assert 0.15 < counts["parts"]["heldout"]["documents"] / counts["documents"] < 0.25
    check_spans(items)
    assert sum(len(i.gold) for i in items) == 3_265
    assert {label for i in items for *_, label in i.gold} == {
        "speculation_modal_probable_",
        "speculation_hypo_doxastic_",
        "speculation_hypo_condition_",
        "speculation_hypo_investigation_",
    }
    assert load_szeged(SHARED_DATA / "szeged_uncertainty", split="wiki") == items
