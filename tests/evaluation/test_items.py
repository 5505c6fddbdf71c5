import hashlib

import pytest

from framing import InputError
from framing.errors import UnknownNameError
from framing.evaluation.items import (
    HELDOUT_PERCENT,
    PARTS,
    Item,
    clean_line,
    clip,
    describe,
    is_blank,
    numbered_lines,
    part_of,
    read_spans,
    read_text,
    select,
    select_documents,
    trim,
)


def test_part_of_is_the_documented_hash_rule_and_about_a_fifth_heldout():
    ids = [f"doc-{n}" for n in range(10_000)]
    parts = [part_of(i) for i in ids]
    for doc_id, part in zip(ids, parts, strict=True):
        value = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:16], 16)
        assert part == ("heldout" if value % 100 < HELDOUT_PERCENT else "tune")
    assert parts == [part_of(i) for i in ids]
    assert set(parts) == {"tune", "heldout"}
    assert 0.18 < parts.count("heldout") / len(parts) < 0.22


def test_select_keeps_whole_documents_and_rejects_unknown_parts():
    items = [
        Item(f"{d}:{n}", d, "x", {"threat": 0}) for d in ("a", "b", "c", "d", "e", "f") for n in range(3)
    ]
    assert select(items, "all") == items
    tune, heldout = select(items, "tune"), select(items, "heldout")
    assert len(tune) + len(heldout) == len(items)
    assert {i.doc_id for i in tune}.isdisjoint({i.doc_id for i in heldout})
    assert all(part_of(i.doc_id) == "heldout" for i in heldout)
    with pytest.raises(UnknownNameError, match="unknown part 'test'; valid parts are: all, heldout, tune"):
        select(items, "test")


def test_describe_counts_items_documents_and_positives_per_part():
    items = [
        Item("a:1", "a", "x", {"threat": 1, "hedging": 0}, gold=((0, 1, "t"),)),
        Item("a:2", "a", "y", {"threat": 0}),
        Item("b:1", "b", "z", {"threat": 1, "hedging": 1}),
    ]
    counts = describe(items)
    assert counts["items"] == 3
    assert counts["documents"] == 2
    assert counts["with_gold"] == 1
    assert counts["labelled"] == {"hedging": 2, "threat": 3}
    assert counts["positives"] == {"hedging": 1, "threat": 2}
    parts = counts["parts"]
    assert set(parts) == set(PARTS[1:])
    assert parts["tune"]["items"] + parts["heldout"]["items"] == 3
    assert parts["tune"]["positives"]["threat"] + parts["heldout"]["positives"]["threat"] == 2


def test_select_documents_keeps_anything_with_a_doc_id_of_the_part():
    documents = [Item(f"{d}:1", d, "x", {}) for d in ("a", "b", "c", "d", "e", "f")]
    assert select_documents(documents, "all") == documents
    assert select_documents(documents, "heldout") == select(documents, "heldout")
    with pytest.raises(UnknownNameError):
        select_documents(documents, "dev")


# --- shared reading helpers ------------------------------------------------------------------------------


def test_lines_keep_their_offsets_and_clean_lines_drop_cr_and_a_leading_bom():
    text = "\ufeffa\r\n\nbc"
    assert numbered_lines(text) == [(1, 0, "\ufeffa\r"), (2, 4, ""), (3, 5, "bc")]
    assert clean_line("\ufeffa\r") == ("a", 1)
    assert clean_line("a") == ("a", 0)
    assert is_blank("\ufeff \t") and not is_blank("\ufeffa")


def test_clip_cuts_spans_to_a_window_relative_to_its_start():
    spans = [(0, 4, "a"), (3, 9, "b"), (9, 12, "c")]
    assert clip(spans, 2, 5) == ((0, 2, "a"), (1, 5, "b"))
    assert clip(spans, 20, 5) == ()


def test_trim_cuts_edge_characters_and_may_leave_an_empty_span():
    assert trim("  may  ", 0, 7) == (2, 5)
    assert trim("   ", 0, 3) == (3, 3)
    assert trim('"Yes," he', 0, 6, is_edge=lambda c: not c.isalnum()) == (1, 4)


def test_read_text_keeps_crlf_and_names_the_byte_that_is_not_utf8(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"a\r\nb")
    assert read_text(path) == "a\r\nb"
    path.write_bytes("caf\u00e9".encode("latin-1"))
    with pytest.raises(InputError, match=r"a.txt: not UTF-8 \(byte 0xe9 at offset 3\); convert it to UTF-8"):
        read_text(path)
    with pytest.raises(InputError, match=r"offset 3\); the file is damaged$"):
        read_text(path, fix="the file is damaged")
    with pytest.raises(InputError, match=r"absent.txt: cannot be read"):
        read_text(tmp_path / "absent.txt")


def test_read_spans_reads_technique_lines_in_file_order(tmp_path):
    path = tmp_path / "article7.labels"
    path.write_text("7\tDoubt\t5\t9\r\n\n7\tLoaded_Language\t0\t3\n", encoding="utf-8")
    assert read_spans(path, "7", 10) == [(5, 9, "Doubt"), (0, 3, "Loaded_Language")]
    with pytest.raises(InputError, match=r"article7.labels:1: span 5-9 is empty or outside article7.txt"):
        read_spans(path, "7", 8)
