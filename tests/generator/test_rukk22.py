"""Seventeenth session, Russian and Kazakh: what the read w17 set and its samples showed. Through the real pipeline;
each test fails without its fix."""
from __future__ import annotations

from studyapp.generator import generate_bank

EQUATIONS = """Неполные квадратные уравнения

Если хотя бы один из коэффициентов b или c равен нулю, уравнение называют неполным.
Уравнение x² − 5x = 0 решается вынесением общего множителя за скобки: x(x − 5) = 0, значит, x = 0 или x = 5.
Уравнение 3x² − 12 = 0 сводится к x² = 4, откуда x = 2 или x = −2.
"""


def test_a_zero_among_three_figures_is_no_ratio_to_divide_by(tmp_path):
    path = tmp_path / "uravneniya.txt"
    path.write_text(EQUATIONS, encoding="utf-8")
    bank = generate_bank([path])  # crashed: "x = 5 … x = 0" read as a run of figures with one ratio
    assert isinstance(bank["questions"], list)
