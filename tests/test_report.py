"""The HTML report: nesting of overlapping spans, escaping of hostile input, notebook displays, the CLI,
and the page in a real browser (headless Chromium)."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from browser import Browser, find_chromium
from conftest import SEEDS, make_lexicons

import framing
from framing import analyze, compare, html_report, speaker_profiles
from framing.cli import main
from framing.report import Span, nest

ROOT = Path(__file__).resolve().parent.parent
SMOLENSK = str(SEEDS / "smolensk_anokhine.txt")
VOLGOGRAD = str(SEEDS / "volgograd_boharev.txt")

PAYLOADS = (
    "<script>window.__xss = 1; alert(1)</script>",
    '<img src=x onerror="window.__xss = 2">',
    '<a href="javascript:window.__xss = 3">click the attack</a>',
    "</style><script>window.__xss = 4</script><style>",
    '"><svg onload="window.__xss = 5">',
)
HOSTILE = (
    "The drone attack on the city was repelled. "
    + " ".join(PAYLOADS)
    + ' According to the governor, no one was injured. "We are safe </style>," he said.'
)


@pytest.fixture(scope="module")
def seeds():
    return [analyze(Path(p).read_text(encoding="utf-8"), doc=p) for p in (SMOLENSK, VOLGOGRAD)]


@pytest.fixture(scope="module")
def seed_report(seeds):
    return html_report(seeds, comparison=compare(seeds, n_resamples=200, n_permutations=200))


@pytest.fixture(scope="module")
def hostile_report():
    lexicons = make_lexicons({
        "threat": [("attack", '<img src=x onerror="window.__xss = 6">', 1.0)],
        "</style><script>window.__xss = 7</script>": [("injured", "javascript:alert(1)", 1.0)],
    })  # fmt: skip
    result = analyze(HOSTILE, lexicons=lexicons, doc='<script>window.__xss = 8</script>$x$ "doc"')
    other = analyze(HOSTILE + " The attack continued.", lexicons=lexicons, doc="<b>second</b>")
    metadata = {
        result.doc: {"outlet": "<img src=y onerror='window.__xss = 9'>", "url": "javascript:alert(1)"}
    }
    return html_report([result, other], metadata=metadata, lexicons=lexicons, title="<script>t</script>")


class Page(HTMLParser):
    """Tags, attributes and the article text (tooltips and speaker badges left out) of a page."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.tags, self.attributes, self.texts = [], [], []
        self._stack, self._text_depth, self._skip_depth = [], 0, 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append(tag)
        self.attributes.extend(attrs)
        classes = (attributes.get("class") or "").split()
        self._stack.append((tag, "text" in classes and tag == "div", "tip" in classes or "who" in classes))
        if self._stack[-1][1]:
            self._text_depth += 1
            self.texts.append("")
        if self._stack[-1][2]:
            self._skip_depth += 1

    def handle_endtag(self, tag):
        while self._stack:
            open_tag, is_text, is_skip = self._stack.pop()
            self._text_depth -= is_text
            self._skip_depth -= is_skip
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self._text_depth and not self._skip_depth:
            self.texts[-1] += data


# -- nesting ------------------------------------------------------------------------------------------


def flatten(nodes):
    return "".join(n if isinstance(n, str) else flatten(n.children) for n in nodes)


def test_nested_span_stays_inside_its_parent():
    text = "After Russia's invasion began."
    outer = Span(6, 23, "match", "r", "responsibility/agent")
    inner = Span(15, 23, "match", "t", "threat/attack")
    [before, node, after] = nest(text, [inner, outer])
    assert (before, after) == ("After ", " began.")
    assert node.span.id == "r" and node.children[-1].span.id == "t" and node.stack == 2
    assert flatten([node]) == "Russia's invasion"


def test_crossing_spans_are_cut_into_fragments():
    text = "one two three four"
    a, b = Span(0, 7, "quote", "a", "q"), Span(4, 13, "match", "b", "m")
    nodes = nest(text, [a, b])
    assert flatten(nodes) == text
    fragments = [n.span for n in nodes[0].children if not isinstance(n, str)] + [nodes[1].span]
    assert [(f.id, f.start, f.end, f.part) for f in fragments] == [("b", 4, 7, 0), ("b", 7, 13, 1)]


def test_seed_text_survives_the_tree(seeds):
    for result in seeds:
        from framing.report import spans

        assert flatten(nest(result.text, spans(result))) == result.text


# -- the report ---------------------------------------------------------------------------------------


def test_sentence_labels_count_from_zero_as_every_table_does(seeds):
    from framing.report import spans

    result = seeds[0]
    labels = {s.id: s.label for s in spans(result) if s.kind == "sentence"}
    # the sentence with index 3 (the tables' index, the arc chart's axis) is "sentence 3" on the page too
    assert labels["a0-s3"] == f"sentence {result.sentences[3].index}" == "sentence 3"


def test_report_shows_highlights_speakers_and_comparison_first(seeds, seed_report):
    page = Page(seed_report)
    assert page.texts == [r.text for r in seeds]  # the articles, whole and unchanged, tooltips aside
    html = seed_report
    assert html.index('id="comparison"') < html.index('id="a0"') < html.index('id="a1"')
    assert "hedging: seeds/" in html or "hedging: " + VOLGOGRAD in html
    for result in seeds:
        n_matches = sum(1 for m in result.matches if m.end > m.start)
        assert len(re.findall(r'<mark class="hl[^"]*" data-match="a\d-m\d+" tabindex="0"', html)) >= n_matches
    assert "Vasily Anokhine" in html and "Andrei Boharev" in html
    assert 'class="who">Vasily Anokhine<' in html  # quotations marked with their speaker
    for landmark in ("<header>", "<main", "<nav", "<footer>", 'role="tooltip"', 'role="img"', "<figcaption"):
        assert landmark in html
    links = [v for name, v in page.attributes if name in ("href", "src", "xlink:href", "action")]
    assert all(v.startswith("#") for v in links), links  # nothing to fetch: in-page links only
    assert "<metadata>" not in html and "@import" not in html and not re.search(r"url\((?!#)", html)


def test_report_escapes_every_hostile_string(hostile_report):
    page = Page(hostile_report)
    assert "script" not in page.tags and "img" not in page.tags
    assert not [name for name, _ in page.attributes if name.startswith("on")]
    assert not [v for name, v in page.attributes if name in ("href", "src") and "javascript" in (v or "")]
    assert page.tags.count("style") == 1 + page.tags.count("svg")  # the page's and matplotlib's own
    for payload in PAYLOADS:
        assert payload not in hostile_report
    assert "&lt;script&gt;window.__xss = 1; alert(1)&lt;/script&gt;" in hostile_report
    assert page.texts[0] == HOSTILE
    assert "&lt;img src=x onerror=" in hostile_report  # the lexicon's subcategory, shown as text
    assert "&lt;/style&gt;&lt;script&gt;window.__xss = 7" in hostile_report  # the dimension name


def test_cli_report_announces_the_file(capsys, tmp_path):
    target = tmp_path / "sub" / "report.html"
    code = main(
        ["report", SMOLENSK, VOLGOGRAD, "-o", str(target), "--resamples", "200", "--permutations", "200"]
    )
    out, err = capsys.readouterr()
    assert code == 0 and out == "" and err == f"wrote {target} (made the folder {target.parent})\n"
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_report_of_articles_too_short_to_compare_goes_without_the_comparison(capsys, tmp_path, seeds):
    short = tmp_path / "short.txt"
    short.write_text("Only one sentence here.\n", encoding="utf-8")
    target = tmp_path / "report.html"
    assert main(["report", SMOLENSK, str(short), "-o", str(target)]) == 0
    out, err = capsys.readouterr()
    note, wrote = err.splitlines()
    assert out == "" and wrote == f"wrote {target}"
    assert note.startswith("framing: note: the report has no comparison: ") and str(short) in note
    page = target.read_text(encoding="utf-8")
    assert "No comparison in this report: need at least two groups" in page and "Comparison by" not in page
    assert page.count("<article ") == 2
    # The library alone says so too, and still fails where the comparison is the point.
    alone = html_report([seeds[0], analyze("Only one sentence here.", doc="short")])
    assert "No comparison in this report" in alone and "too few sentences: short" in alone
    with pytest.raises(framing.FramingError, match="too few sentences: short"):
        compare([seeds[0], analyze("Only one sentence here.", doc="short")])


def test_a_report_that_compares_some_articles_names_the_short_ones_on_stderr(capsys, tmp_path):
    short = tmp_path / "short.txt"
    short.write_text("Only one sentence here.\n", encoding="utf-8")
    target = tmp_path / "report.html"
    args = ["report", SMOLENSK, VOLGOGRAD, str(short), "-o", str(target), "--resamples", "200"]
    assert main([*args, "--permutations", "200"]) == 0
    note, wrote = capsys.readouterr().err.splitlines()
    assert wrote == f"wrote {target}" and note.startswith(
        "framing: note: the comparison leaves out 1 group(s)"
    )
    assert note.endswith(str(short)) and "Left out (too few sentences" in target.read_text(encoding="utf-8")


def test_cli_report_needs_an_output(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["report", SMOLENSK])
    assert exit_.value.code == 2


# -- notebooks ----------------------------------------------------------------------------------------


def test_short_reprs_and_html_displays(seeds):
    result = seeds[1]
    assert len(repr(result)) < 300 and f"{len(result.sentences)} sentences" in repr(result)
    html = result._repr_html_()
    assert '<mark class="hl' in html and "Legend" in html and result.text[:20] not in repr(result)
    assert Page(html).texts == [result.text]
    comparison = compare(seeds, n_resamples=200, n_permutations=200)
    assert len(repr(comparison)) < 400 and "<table>" in comparison._repr_html_()
    assert comparison.verdicts()[0] in comparison._repr_html_().replace("&#39;", "'")
    table = speaker_profiles(seeds)
    assert len(repr(table)) < 300 and "Andrei Boharev" in table._repr_html_()


# -- comparisons that state their result ---------------------------------------------------------------


def test_verdicts_state_direction_interval_p_and_holm(seeds):
    comparison = compare(seeds, n_resamples=300, n_permutations=300)
    assert len(comparison.verdicts()) == len(comparison.dimensions)
    pattern = re.compile(
        r"^\w+: (no difference .*|.+ higher by \d+\.\d\d \[-?\d+\.\d\d, -?\d+\.\d\d\]), p (=|<) [\d.]+"
        r"(, not significant| before and p (=|<) [\d.]+ after Holm correction over 6 tests: (not )?significant)$"
    )
    for line in comparison.verdicts():
        assert pattern.match(line), line
    assert all(k.g2 >= 3.84 for k in comparison.key_terms)
    everything = compare(seeds, n_resamples=300, n_permutations=300, min_g2=0)
    assert len(everything.key_terms) == len(comparison.key_terms) + comparison.key_terms_dropped


def test_compare_command_begins_with_the_table_and_verdicts(capsys):
    code = main(["compare", SMOLENSK, VOLGOGRAD, "--resamples", "200", "--permutations", "200"])
    out, _ = capsys.readouterr()
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("group") and all(d in lines[0] for d in ("reassurance", "threat", "hedging"))
    assert lines[1].startswith(SMOLENSK) and lines[2].startswith(VOLGOGRAD)
    verdicts = [line for line in lines[3:12] if line.startswith(("reassurance:", "threat:", "hedging:"))]
    assert len(verdicts) == 3
    assert "weaker key terms dropped" in out or "dropped" in out


# -- charts --------------------------------------------------------------------------------------------


def test_dollar_names_svg_text_shared_y_and_too_many_arcs(tmp_path, capsys):
    from framing import charts

    results = [
        analyze("The drone attack was repelled. No one was injured.", doc=f"$cost$ {i} $") for i in range(2)
    ]
    results.append(analyze("A massive attack. A massive attack. The attack was deadly.", doc="big"))
    figure = charts.arcs(results)
    limits = {ax.get_ylim() for ax in figure.axes}
    assert len(limits) == 1  # one scale for every article
    svg = charts.save(figure, tmp_path / "arc.svg").read_text(encoding="utf-8")
    assert "<text" in svg and "$cost$ 0 $" in svg  # text kept as text, the dollars plain
    assert len({ax.get_ylim() for ax in charts.arcs(results, shared_y=False).axes}) > 1
    with pytest.raises(framing.FramingError, match=r"use 'framing chart profile'.*'framing report'"):
        charts.arcs(results * 5)


def test_chart_command_announces_and_refuses_too_many_arcs(capsys, tmp_path):
    text = Path(SMOLENSK).read_text(encoding="utf-8")
    copies = []
    for i in range(13):  # thirteen distinct articles (one file given twice is one id used twice)
        copies.append(tmp_path / f"article{i}.txt")
        copies[-1].write_text(text, encoding="utf-8")
    code = main(["chart", "arc", *map(str, copies), "-o", str(tmp_path / "a.svg")])
    _, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1 and "framing report" in err
    code = main(["compare", SMOLENSK, VOLGOGRAD, "--chart", str(tmp_path / "p.svg"), "--resamples", "100",
                 "--permutations", "100"])  # fmt: skip
    _, err = capsys.readouterr()
    assert code == 0 and f"wrote {tmp_path / 'p.svg'}" in err


# -- a real browser -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def chromium():
    executable, reason = find_chromium()
    if executable is None:
        pytest.skip(reason)
    return executable


def test_report_in_headless_chromium(chromium, seed_report, hostile_report, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(seed_report, encoding="utf-8")
    hostile = tmp_path / "hostile.html"
    hostile.write_text(hostile_report, encoding="utf-8")
    shots = ROOT / "out"
    shots.mkdir(exist_ok=True)
    with Browser(chromium) as browser:
        browser.open(page)
        count = browser.evaluate
        assert count("document.querySelectorAll('article mark.hl[tabindex]').length") > 100
        assert count("document.querySelectorAll('[role=tooltip]').length") > 150
        assert count("document.querySelectorAll('.legend mark.hl').length") == 7
        assert count("document.querySelectorAll('.quote .who').length") > 5
        assert count("document.querySelector('main section#comparison ul.verdicts').children.length") == 6
        assert count("document.querySelectorAll('article figure svg[role=img] title').length") == 2
        # A tooltip is hidden until its highlight has the keyboard focus, then shown.
        tip = "getComputedStyle(document.getElementById('tip-a1-m1')).display"
        assert count(tip) == "none"
        count("document.querySelector('[data-match=a1-m1]').scrollIntoView({block: 'center'})")
        count("document.querySelector('[data-match=a1-m1]').focus()")
        assert count(tip) == "block"
        # Sentence scores on focus.
        count("document.querySelector('[data-sentence=a1-s3]').focus()")
        assert count("getComputedStyle(document.getElementById('tip-a1-s3')).display") == "block"
        assert count("document.documentElement.scrollWidth <= window.innerWidth")
        browser.screenshot(shots / "report_focus.png", full_page=False)
        count("window.scrollTo(0, 0)")
        count("document.activeElement.blur()")
        browser.screenshot(shots / "report.png")
        assert browser.problems() == []
    with Browser(chromium) as browser:
        browser.open(hostile)
        assert browser.evaluate("window.__xss === undefined")
        assert browser.evaluate("document.scripts.length") == 0
        assert (
            browser.evaluate(
                "document.querySelectorAll('[onerror], [onload], img, a[href^=javascript]').length"
            )
            == 0
        )
        assert browser.evaluate("document.querySelectorAll('article').length") == 2
        browser.screenshot(shots / "report_hostile.png")
        assert browser.problems() == []


WIDE = ("reassurance", "threat", "hedging", "attribution", "certainty", "responsibility",
        "economic_consequences", "humanitarian_concern", "morality")  # fmt: skip
LONG_NAMES = (
    '"The attack is over and we are safe," said Aleksandr Vladimirovich Konstantinopolsky-Rimsky-Korsakov, '
    'the Deputy Chairman of the Interregional Council. "The attack continues," the spokesperson said.'
)

# Per box of a table: the box and its table's right edges, and the first row name's left edge.
TABLE_BOXES = """[...document.querySelectorAll('.scroll')].map(s => ({
    box: s.getBoundingClientRect().toJSON(), table: s.querySelector('table').getBoundingClientRect().right,
    name: s.querySelector('th[scope=row]').getBoundingClientRect().left,
    article: s.closest('article, section').getBoundingClientRect().right}))"""


def edge_shade(browser, box) -> int:
    """How much darker than white the page is just inside the right edge of a table's box (0: white).

    The median down the edge, so that a row's rule or a letter there does not count, nor the scrollbar.
    """
    import base64
    import io
    import statistics

    from PIL import Image

    shot = Image.open(io.BytesIO(base64.b64decode(browser.send("Page.captureScreenshot")["data"]))).convert(
        "L"
    )
    x = int(box["right"]) - 3
    return 255 - statistics.median(
        shot.getpixel((x, y)) for y in range(int(box["top"]) + 4, int(box["bottom"]) - 20)
    )


def test_tables_fit_a_1280_px_window_or_scroll_inside_their_box(chromium, seed_report, tmp_path):
    lexicons = make_lexicons({d: [("attack", f"{d}/x", 1.0), ("safe", f"{d}/y", 1.0)] for d in WIDE})
    wide = html_report([analyze(LONG_NAMES, lexicons=lexicons, doc="wide")], lexicons=lexicons)
    (tmp_path / "seeds.html").write_text(seed_report, encoding="utf-8")
    (tmp_path / "wide.html").write_text(wide, encoding="utf-8")
    with Browser(chromium, width=1280, height=900) as browser:
        browser.open(tmp_path / "seeds.html")
        boxes = browser.evaluate(TABLE_BOXES)
        # The seeds' six dimensions: every column of every table in view, none behind a scrollbar.
        assert len(boxes) == 5 and all(b["table"] <= b["box"]["right"] + 0.5 for b in boxes), boxes
        browser.evaluate("document.querySelectorAll('.scroll')[1].scrollIntoView({block: 'center'})")
        assert edge_shade(browser, browser.evaluate(TABLE_BOXES)[1]["box"]) == 0  # nothing hidden, no shadow
    with Browser(chromium, width=1280, height=900) as browser:
        browser.open(tmp_path / "wide.html")
        assert browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        browser.evaluate("document.querySelector('.scroll').scrollIntoView({block: 'center'})")
        [speakers, _] = browser.evaluate(TABLE_BOXES)
        # Nine dimensions do not fit: the table scrolls inside its box, which stays in the page's column.
        assert speakers["table"] > speakers["box"]["right"] <= speakers["article"] + 0.5
        assert edge_shade(browser, speakers["box"]) > 20  # a shadow says that columns are hidden
        browser.evaluate("document.querySelector('.scroll').scrollLeft = 1e6")
        [scrolled, _] = browser.evaluate(TABLE_BOXES)
        # Scrolled to the end: the speakers' names stay in view, and the shadow is gone.
        assert abs(scrolled["name"] - scrolled["box"]["left"]) < 1 and scrolled["table"] < speakers["table"]
        assert edge_shade(browser, scrolled["box"]) == 0
        assert browser.problems() == []
    assert "named_<wbr>person" in wide and "economic_<wbr>consequences</th>" in wide


def test_only_verdicts_of_a_significant_difference_are_bold(seeds):
    import dataclasses

    three = [*seeds, analyze(seeds[0].text, doc="copy")]
    comparison = compare(three, n_resamples=100, n_permutations=100)

    def with_p(p_of) -> framing.Comparison:
        differences = tuple(dataclasses.replace(d, p_holm=p_of(d)) for d in comparison.differences)
        return dataclasses.replace(comparison, differences=differences)

    def bold(c) -> list[str]:
        return re.findall(r'<li class="sig">([^:<]+):', c._repr_html_())

    # "0 of 3 pairs differ significantly" names significance without reporting one: not bold.
    none = with_p(lambda d: 1.0)
    assert "0 of 3 pairs differ significantly" in none.verdicts()[0] and bold(none) == []
    first = comparison.dimensions[0]
    one = with_p(lambda d: 0.001 if d.dimension == first else 1.0)
    assert one.significant_dimensions == (first,) and bold(one) == [first]


# -- corpus-sized reports -----------------------------------------------------------------------------


def _corpus(n: int) -> list[framing.ArticleResult]:
    texts = [SMOLENSK, VOLGOGRAD]
    return [
        analyze(
            Path(texts[i % 2]).read_text(encoding="utf-8"), doc=f"uawar-2022{i:02d}T141500Z_GB_en_{i:010x}"
        )
        for i in range(n)
    ]


def test_a_corpus_report_details_the_first_articles_and_lists_every_other(tmp_path):
    results = _corpus(5)
    comparison = compare(results, n_resamples=100, n_permutations=100)
    html = html_report(results, comparison=comparison, max_articles=2)
    assert html.count("<article ") == 2 and html.count('<mark class="hl') > 0
    # The comparison first, then the list of articles, then the articles; the rest listed at the end.
    assert (
        html.index('id="comparison"') < html.index("<nav") < html.index('id="a0"') < html.index('id="others"')
    )
    others = html[html.index('id="others"') :]
    for result in results[2:]:  # nothing dropped without a word: each left-out article has its row
        assert f'<th scope="row">{result.doc}</th>' in others
        assert f"<td>{result.summary(readability=False).n_sentences}</td>" in others
    assert "The first 2 of 5 articles are shown in detail" in html and "--max-articles" in html
    # The comparison counts all five, whatever is shown.
    assert sum(p.n_sentences for p in comparison.profiles) == sum(len(r.sentences) for r in results)
    whole = html_report(results, comparison=comparison, max_articles=None)
    assert whole.count("<article ") == 5 and 'id="others"' not in whole
    with pytest.raises(framing.FramingError, match="max_articles must be at least 1"):
        html_report(results, max_articles=0)


def test_long_group_names_are_letters_in_the_comparison_with_the_full_name_once(seeds):
    results = _corpus(3)
    comparison = compare(results, n_resamples=100, n_permutations=100)
    html = html_report(results, comparison=comparison)
    section = html[html.index('id="comparison"') : html.index("<nav")]
    verdicts = re.findall(r"<li[^>]*>([^<]*)</li>", section)
    assert len(verdicts) == len(comparison.dimensions)
    for result, label in zip(results, "ABC", strict=True):
        assert f"<dt>{label}</dt><dd>{result.doc}</dd>" in section
        # the full id is written once in the comparison's words and tables (the chart's legend aside)
        assert re.sub(r"<svg.*?</svg>", "", section, flags=re.S).count(result.doc) == 1
        assert not any(result.doc in line for line in verdicts)
    assert any(re.search(r"\b[ABC]\b", line) for line in verdicts)
    assert comparison.verdicts() != comparison.verdicts({r.doc: "X" for r in results})  # the API's labels
    # Short names (countries, the two seeds' file names are long) stay as they are.
    short = [analyze(r.text, doc=name) for r, name in zip(seeds, ("GB", "PL"), strict=True)]
    plain = html_report(short, comparison=compare(short, n_resamples=100, n_permutations=100))
    assert 'class="labels"' not in plain and re.search(r"hedging: (GB|PL|no difference)", plain)


def test_cli_report_bounds_the_detail_and_says_so(tmp_path, capsys):
    corpus = tmp_path / "news.jsonl"

    rows = [
        {"id": f"art-{i}", "country": "GB" if i % 2 else "PL", "text": Path(p).read_text(encoding="utf-8")}
        for i, p in enumerate([SMOLENSK, VOLGOGRAD, SMOLENSK])
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    target = tmp_path / "report.html"
    argv = [
        "report",
        "--by",
        "country",
        str(corpus),
        "-o",
        str(target),
        "--resamples",
        "100",
        "--permutations",
        "100",
    ]
    assert main([*argv, "--max-articles", "1"]) == 0
    err = capsys.readouterr().err
    assert "framing: note: the report shows the first 1 of 3 articles in detail" in err
    assert target.read_text(encoding="utf-8").count("<article ") == 1
    assert main([*argv, "--max-articles", "all"]) == 0
    assert (
        "note" not in capsys.readouterr().err and target.read_text(encoding="utf-8").count("<article ") == 3
    )
    with pytest.raises(SystemExit) as exit_:
        main([*argv, "--max-articles", "0"])
    assert (
        exit_.value.code == 2
        and "--max-articles: must be at least 1, got 0 (or 'all')" in capsys.readouterr().err
    )
