"""A Russian sentence that the sentences on both sides lean on is quoted twice (once after the sentence before it,
once before the one after it); its blank is asked once (read t: "Там Лютер … в _____ году" twice). Text by hand."""
from __future__ import annotations

from language_support import answer_of, bank_of

FORT = (
    "Крепость на острове\n\n"
    "Крепость на острове построили купцы из Новгорода. "
    "Князь Всеволод осадил её весной, но горожане укрыли купцов в подземелье. "
    "Там купцы составили летопись, законченную в 1389 году. "
    "Её текст сохранился в трёх списках и рассказывает о жизни острова.\n\n"
    "Крепость много раз перестраивали, но стены из белого камня стоят до сих пор.\n")


def test_a_sentence_quoted_with_each_neighbour_is_asked_once(tmp_path):
    asked = [q["prompt"] for q in bank_of(tmp_path, FORT, "fort.txt") if answer_of(q) == "1389"]
    assert len(asked) == 1, asked
