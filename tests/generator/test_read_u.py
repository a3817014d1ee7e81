"""Rules from read u (fresh set 6): a byline names only an argued piece; a figure the sentence gives by arithmetic or
by counting through a series is no gap."""
from __future__ import annotations

from studyapp.generator import generate_bank
from studyapp.generator.stages.quantities import derivable

NEWS = """Town band wins new rehearsal hall

By Tom Hale

The Brinley Town Band has been given a new rehearsal hall after twelve years of practising in a church basement.
The hall, a former library on Mill Street, was handed over by the county council on Monday.

The band has 48 members aged 9 to 81. Conductor Rosa Patel said the basement had been too damp for the brass
instruments. "Our trumpets were rusting faster than we could polish them," she said.

Councillor Ian Moss, who chairs the council's property committee, said the library had stood empty since 2019.
"A building like this should be used by the town," he said. The council will charge the band a rent of £1 a year.

"It is a wonderful hall, the best we could wish for," said trombonist Amy Clark. "The old basement was terrible
and cold," said her father, Mark Clark. "Everyone should hear this band," said the head teacher, Joan Reed.

The band will give its first concert in the new hall on 14 June. Tickets cost £5 and the money will pay for new
music stands. Patel said the band hoped to start a beginners' group in September.
"""

OPED = """Every town needs a band

By Sara Lind

I believe every town should fund a band of its own. A band is the cheapest way I know to bring young and old
together, and it is a terrible mistake to treat it as a luxury.

Critics say that councils have more urgent bills to pay. They are wrong. A rehearsal hall costs less than one
metre of new road, and it gives back far more. Music lessons should not depend on what parents can afford.

We must stop closing halls and start opening them. The best towns are the ones that sound like something.
"""


def test_a_byline_names_an_argued_piece_but_not_a_news_report(tmp_path):
    """"According to the text by Helen Ashworth" named a news report by a byline no pupil remembers (read u). Its
    quoted praise looks like opinion to the analyse stage's cue words; the voice stage hears whose it is."""
    (tmp_path / "news-band.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "oped-band.txt").write_text(OPED, encoding="utf-8")
    bank = generate_bank([tmp_path])
    prompts = [q["prompt"] for q in bank["questions"]]
    assert not [p for p in prompts if "the text by Tom Hale" in p], prompts
    assert [p for p in prompts if "Town band wins" in p], prompts
    assert [p for p in prompts if "the text by Sara Lind" in p], prompts


def test_a_figure_given_by_arithmetic_or_a_series_is_derivable():
    text = "70 ml x 75 beats per minute gives 5,250 ml, or just over 5 litres per minute."
    assert derivable(text, 0, 2) and not derivable(text, 0, 2, arithmetic=False)
    text = "By year group: Year 9, 118 students; Year 10, 104; Year 11, 98; and Year 12, 80."
    assert derivable(text, text.index("10,"), text.index("10,") + 2)
    assert not derivable(text, text.index("118"), text.index("118") + 3)
    text = "Only 4 answered as low (1-3), 24 as average (4-7), and the majority 25 as high (8-10)."
    assert not derivable(text, 5, 6)  # the ends of a scale's ranges are no sum
