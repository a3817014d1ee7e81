"""Distractors stage with hand-built input: same fine kind, never an alias or a containing place, never true."""
from __future__ import annotations

import re

from studyapp.generator.model import Candidate
from studyapp.generator.stages.distractors import Index, entity_options, number_options

from .conftest import make_doc, run_stages

TEXT = ("Turkey was the first country to recognise the independence of Kazakhstan. Türkiye later opened an embassy "
        "in Astana. Uzbekistan, Kyrgyzstan and Azerbaijan signed trade deals with China and Russia. "
        "Mongolia sent a delegation. The summit took place in 2009 in Baku. Leaders met again in 2012 in Ankara, "
        "and in 2015 in Moscow. Exports grew by 18.4% in 2021. Mexico was not invited.")


def _corpus():
    """The hand-built corpus, analysed."""
    return run_stages(["clean", "analyse"], make_doc(TEXT))


def _probe(corpus, sentence_no: int, answer: str) -> Candidate:
    """A multiple-choice candidate whose answer is `answer` in sentence `sentence_no`."""
    doc = corpus.docs[0]
    s = doc.sentences[sentence_no]
    m = next(m for m in doc.mentions if m.sentence == s.position and m.text == answer)
    return Candidate(type="multiple_choice", kind="fact", prompt=s.text.replace(answer, "_____"), answer=answer,
                     doc_id=doc.id, quote=s.text, paragraph=s.paragraph, sentence=s.position,
                     answer_kind=m.kind, answer_key=m.key)


def test_a_country_gets_countries_never_its_own_aliases():
    corpus = _corpus()
    options = entity_options(corpus, Index(corpus), _probe(corpus, 0, "Turkey"))
    kinds = {corpus.entity_for(o).kind if corpus.entity_for(o) else "country" for o in options}
    assert len(options) == 3 and kinds == {"country"}
    assert not {"Türkiye", "Turkiye", "Turkey", "Kazakhstan"} & set(options)


def test_a_city_never_gets_the_country_that_contains_it():
    corpus = _corpus()
    options = entity_options(corpus, Index(corpus), _probe(corpus, 1, "Astana"))
    assert "Kazakhstan" not in options and "Astana" not in options
    assert all(corpus.entity_for(o) is None or corpus.entity_for(o).kind == "city" for o in options)


def test_a_year_gets_years_in_the_same_format_never_one_that_another_sentence_makes_true():
    corpus = _corpus()
    options = number_options(corpus, Index(corpus), _probe(corpus, 4, "2009"))
    assert len(options) == 3 and all(re.fullmatch(r"\d{4}", o) for o in options)
    assert "2009" not in options


def test_a_percentage_keeps_its_format():
    corpus = _corpus()
    options = number_options(corpus, Index(corpus), _probe(corpus, 6, "18.4%"))
    assert len(options) == 3 and all(re.fullmatch(r"\d+\.\d%", o) for o in options)


def test_a_false_statement_swaps_exactly_one_entity_or_number_and_never_negates():
    corpus = run_stages(["clean", "analyse", "parse", "generate", "perspectives", "structured", "distractors"],
                        make_doc(TEXT * 1))
    falses = [c for c in corpus.candidates if c.type == "true_false" and c.answer == "False" and c.kind == "fact"]
    assert falses
    for c in falses:
        original = c.pending["statement"]
        changed = c.prompt[len("True or false? "):]
        assert " not " not in changed.replace(" not ", " not ", 0) or " not " in original
        a, b = original.split(), changed.split()
        start = next(i for i, (x, y) in enumerate(zip(a, b)) if x != y)
        end_a, end_b = len(a), len(b)
        while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
            end_a, end_b = end_a - 1, end_b - 1
        swapped_out = " ".join(a[start:end_a])
        assert c.pending["swap"][2].split()[0] in swapped_out or swapped_out.startswith("the")


def test_a_false_statement_is_never_made_true_by_another_sentence():
    text = ("The council met in Vienna in 2004. The council met in Geneva in 2006. "
            "Delegates from Chile and Peru attended the talks in Vienna.")
    corpus = run_stages(["clean", "analyse"], make_doc(text))
    options = entity_options(corpus, Index(corpus), _probe(corpus, 0, "Vienna"))
    assert "Geneva" not in options



# Two unrelated invented texts in one bank: a school orchestra (three people) and a glacier survey (four).
ORCHESTRA = ("Ms Marta Kowalski founded the school orchestra in 1998. Mr Daniel Okafor wrote the first programme. "
             "Mr Pavel Horak conducted the spring concert. Ms Kowalski retired after twenty years.")
GLACIER = ("Dr Sven Aaltonen measured the ice in 2014. Dr Rosa Delgado mapped the meltwater streams. "
           "Dr Tomas Berglund flew the survey drone. Dr Hana Ishikawa dated the moraines. Dr Aaltonen published the "
           "results a year later.")


def _people(corpus, doc_id: str) -> set[str]:
    """The names of the people a document names."""
    return {e.name for e in corpus.entities.values() if e.kind == "person" and doc_id in e.docs}


def test_options_never_come_from_an_unrelated_document_of_the_same_bank():
    docs = make_doc(ORCHESTRA, "orchestra", "The school orchestra"), make_doc(GLACIER, "glacier", "A glacier survey")
    corpus = run_stages(["clean", "analyse"], *docs)
    index = Index(corpus)
    assert not index.related_docs("orchestra") and len(_people(corpus, "glacier")) == 4
    doc = corpus.docs[0]
    m = next(m for m in doc.mentions if m.text == "Pavel Horak")
    s = doc.sentences[m.sentence]
    probe = Candidate(type="multiple_choice", kind="fact", prompt=s.text.replace(m.text, "_____"), answer=m.text,
                      doc_id=doc.id, quote=s.text, paragraph=s.paragraph, sentence=s.position,
                      answer_kind=m.kind, answer_key=m.key)
    options = entity_options(corpus, index, probe)
    assert options and set(options) <= _people(corpus, "orchestra")


def test_no_generated_choice_names_a_person_of_an_unrelated_document():
    docs = make_doc(ORCHESTRA, "orchestra", "The school orchestra"), make_doc(GLACIER, "glacier", "A glacier survey")
    corpus = run_stages(["clean", "analyse", "parse", "generate", "perspectives", "structured", "distractors"], *docs)
    for c in corpus.candidates:
        other = "glacier" if c.doc_id == "orchestra" else "orchestra"
        shown = " ".join(map(str, c.choices or [])) + " " + c.prompt
        assert not any(name in shown for name in _people(corpus, other)), (c.prompt, c.choices)
