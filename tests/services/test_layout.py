"""Attempt layouts: ordering items come in a uniformly random order, the right order included."""
from __future__ import annotations

from collections import Counter
from itertools import permutations

import pytest
from factories import make_teacher

from studyapp.services import banks, quizzes
from studyapp.services.layout import build_layout


def ordering_quiz(items: list[str]):
    """A quiz of one approved ordering question whose right order is `items`."""
    bank = banks.store_bank({"format": "studyapp.bank/1", "title": "Order", "sources": [], "flashcards": [], "questions": [
        {"id": "o", "type": "ordering", "prompt": "Put them in order.", "answer": items, "status": "approved"}]},
        key=f"test:order{len(items)}", owner=(teacher := make_teacher()))
    return quizzes.build_quiz(bank, owner=teacher, title="Order")


def shown_orders(quiz, seeds) -> Counter:
    """How often each order of the items is shown over `seeds`."""
    key = str(quiz.slots[0].id)
    return Counter(tuple(build_layout(quiz, seed=seed)["items"][key]) for seed in seeds)


def test_two_items_come_in_the_right_order_about_half_the_time(app):
    quiz = ordering_quiz(["first", "second"])
    counts = shown_orders(quiz, range(400))
    # Binomial(400, 0.5): mean 200, sd 10; the old layout showed the right order in about 3% of seeds.
    assert 160 <= counts[("first", "second")] <= 240, counts


def test_three_items_show_every_permutation_about_equally(app):
    items = ["a", "b", "c"]
    quiz = ordering_quiz(items)
    counts = shown_orders(quiz, range(600))
    assert set(counts) == set(permutations(items)), counts
    assert all(60 <= n <= 140 for n in counts.values()), counts  # expected 100 each


@pytest.mark.parametrize("size", [1, 4])
def test_the_items_shown_are_always_the_question_items(app, size):
    items = [f"item {n}" for n in range(size)]
    quiz = ordering_quiz(items)
    assert all(sorted(order) == sorted(items) for order in shown_orders(quiz, range(50)))
