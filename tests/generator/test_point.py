"""Tenth-round gate (stages/point.py): each rule on invented sentences, an item it drops and one like it it keeps."""
from __future__ import annotations

from studyapp.generator.model import Candidate, Corpus
from studyapp.generator.stages import point

from .conftest import make_doc, run_stages


def _item(quote: str, answer, qtype: str = "cloze", template: str = "cloze", kind: str = "", **extra) -> Candidate:
    """An English fact item on `quote`, its prompt the quote with the answer blanked."""
    prompt = quote.replace(str(answer), "_____", 1) if template != "stance" else quote
    c = Candidate(type=qtype, kind="fact", prompt=prompt, answer=answer, doc_id="d", quote=quote, paragraph=0, template=template,
                  answer_kind=kind)
    for name, value in extra.items():
        setattr(c, name, value)
    return c


def _why(c: Candidate, corpus: Corpus | None = None) -> str:
    return " ".join(point.reasons(c, corpus or Corpus()))


def _tf(statement: str, figure: str, swapped: str) -> Candidate:
    start = statement.index(figure)
    c = _item(statement, "False", "true_false", "tf_fact")
    c.prompt = "True or false? " + statement.replace(figure, swapped)
    c.pending = {"statement": statement, "swap": (start, start + len(figure), figure, "count", figure)}
    return c


def test_a_true_false_changing_a_side_figure_of_a_long_sentence_is_dropped():
    long = ("The orchard cooperative, founded by 14 families who wanted a fair price for their apples, now ships "
            "fruit to shops across the northern valleys every autumn.")
    assert "figure" in _why(_tf(long, "14", "23"))
    assert "figure" in _why(_tf("The lighthouse was rebuilt in about 1820 after a storm.", "1820", "1790"))
    assert _why(_tf("A standard chessboard has 64 squares.", "64", "81")) == ""


def test_a_blank_told_by_a_word_of_its_sentence_is_dropped():
    assert "tells the key" in _why(_item("After the Franco-Spanish treaty, the duke fled to France.", "France"))
    assert _why(_item("After the Franco-Spanish treaty, the duke fled to Venice.", "Venice")) == ""
    assert "neighbour" in _why(_item("In the 12th and 13th centuries the abbey grew rich from wool.", "13th"))
    assert _why(_item("In the 13th century the abbey grew rich from wool.", "13th")) == ""


def test_a_long_typed_key_or_a_typed_range_is_dropped_a_choice_or_a_person_is_kept():
    quote = "The regatta was organised by the Old Town Riverside Community Rowing Club and the harbour office."
    key = "Old Town Riverside Community Rowing Club"
    assert "long typed" in _why(_item(quote, key))
    assert "long typed" in _why(_item("It was run by Lena Berg's rowing club.", "Lena Berg's rowing club"))
    assert _why(_item(quote, key, "multiple_choice", "complete", choices=[key, "Harbour Sailing School"])) == ""
    assert _why(_item(quote, key, aliases=["Rowing Club"])) == ""
    assert _why(_item(quote.replace(key, "Riverside Rowing Club"), "Riverside Rowing Club")) == ""
    assert _why(_item("The race was won by Anna Maria Lind of the harbour crew.", "Anna Maria Lind",
                      kind="person")) == ""
    assert "range" in _why(_item("The painter Tomas Ruud (1871–1939) lived by the fjord.", "1871–1939"))


def test_options_that_hold_one_another_or_name_a_later_state_are_dropped():
    quote = "In 1250 merchants from Genoa bought silk in Persia."
    nested = _item(quote, "Persia", "multiple_choice", "complete", choices=["Persia", "Guinea", "New Guinea", "Egypt"])
    assert "holds another" in _why(nested)
    later = _item(quote, "Persia", "multiple_choice", "complete", choices=["Persia", "Pakistan", "Egypt", "Venice"])
    assert "younger" in _why(later)
    fair = _item(quote, "Persia", "multiple_choice", "complete", choices=["Persia", "Egypt", "Venice", "Byzantium"])
    assert _why(fair) == ""


def _stance(quote: str, key: str) -> Candidate:
    return _item(quote, key, "multiple_choice", "stance", choices=["A fact", "An opinion", "A reported claim"])


def test_fact_opinion_items_only_on_sentences_that_fit_one_of_the_three():
    assert "hypothetical" in _why(_stance("Suppose a baker sells 300 loaves a day at two dollars each.", "A fact"))
    assert "plan" in _why(_stance("The new ferry is due to start sailing in June 2031.", "A fact"))
    assert "estimate" in _why(_stance("By 1700 the port had 40 warehouses, and historians estimate that 5,000 "
                                      "sailors passed through it each year.", "A reported claim"))
    assert "definition" in _why(_stance("Frozen water that covers a lake in winter is called lake ice.",
                                        "A reported claim"))
    assert _why(_stance("The ferry made its first crossing in June 1931.", "A fact")) == ""
    assert _why(_stance("Some sailors claim that the harbour is haunted.", "A reported claim")) == ""


def test_which_document_only_among_documents_that_debate_one_another():
    corpus = run_stages(["clean", "analyse", "parse"],
                        make_doc("Glaciers in the Alder range lost 12 metres of ice last year.", "ice", "Ice"),
                        make_doc("The school orchestra played Holst at the spring concert.", "band", "Concert"))
    c = _item("Glaciers in the Alder range lost 12 metres of ice last year.", "Ice", "multiple_choice",
              "which_source")
    c.doc_id = "ice"
    c.prompt = "Which document reports: “Glaciers in the Alder range lost 12 metres of ice last year.”?"
    assert "debate" in _why(c, corpus)


def test_an_institutions_short_name_is_accepted_when_typed():
    c = _item("The survey was paid for by the Northern Islands Ministry of Fisheries.",
              "Northern Islands Ministry of Fisheries")
    assert point.short_forms(c) == ["Ministry of Fisheries"]
    assert point.short_forms(_item("The Ministry of Fisheries paid.", "Ministry of Fisheries")) == []


def test_a_true_false_on_a_change_from_one_figure_to_another_keeps_its_trap():
    rise = ("The share of pupils who cycle to school rose from 12% in 2010 to 31% in 2024, helped by new "
            "paths along the canal and a bike repair club.")
    assert _why(_tf(rise, "12", "18")) == ""
