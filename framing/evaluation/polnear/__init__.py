"""PolNeAR as a gold standard for attribution: load a split, score predictions against it.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates who said what in US political news: each
attribution has a source ("the governor"), a cue ("said") and a content (what was said). The corpus has no
licence, so it is read from a folder the caller passes and never copied into this repository. The layout
is the one of the corpus' own repository::

    <root>/metadata.tsv
    <root>/<split>/text/<article>.txt
    <root>/<split>/attributions/<article>_<annotator>.ann     (brat standoff)

>>> documents = load_polnear("../shared/data/polnear", "dev")
>>> summary(documents)["attributions"]
>>> score_polnear(documents, predict)["cue_overlap"]["f1"]

``predict(text)`` returns the sentence spans and the predicted attributions of one article. What each
metric counts, and how spans are matched, is in ``docs/evaluation_polnear.md``.
"""

from framing.evaluation.polnear.brat import METADATA, ROLES, load_polnear, summary
from framing.evaluation.polnear.documents import (
    GoldAttribution,
    GoldDocument,
    PredictedAttribution,
    Predictor,
    Span,
)
from framing.evaluation.polnear.scoring import METRICS, score_polnear, trim

__all__ = [
    "METADATA",
    "METRICS",
    "ROLES",
    "GoldAttribution",
    "GoldDocument",
    "PredictedAttribution",
    "Predictor",
    "Span",
    "load_polnear",
    "score_polnear",
    "summary",
    "trim",
]
