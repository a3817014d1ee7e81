"""The line under a guide's title that names a room or a gallery is no byline: a museum guide headed "Maritime
History Gallery, Room 2" has no author, and no question says "the text by Maritime History Gallery" (read q)."""
from __future__ import annotations

import pytest

from studyapp.generator import generate_bank
from studyapp.generator.stages.furniture import is_name_line

GUIDE = """Visitor Guide: The Old Lighthouse Lens

Maritime History Gallery, Room 2 — A tour for families

The great glass lens in front of you once stood at the top of the Skarrow lighthouse. It was made in Paris in 1871 and
weighs almost two tonnes. A lens of this kind, called a Fresnel lens, bends the light of a small lamp into one strong
beam that ships could see 20 nautical miles away. Its rings of glass prisms were ground by hand over two years.

The keepers lit the lamp every evening at sunset and wound the clockwork that turned the lens. In 1987 the
lighthouse was automated, and the last keeper, Tomas Bright, left the island. The lens was moved to the museum in 1992.
"""


@pytest.mark.parametrize("line", ["Maritime History Gallery", "Egyptian Sculpture Room", "Science Museum Staff"])
def test_a_room_or_a_gallery_is_no_name_line(line):
    assert not is_name_line(line)


def test_people_still_sign_their_texts():
    assert is_name_line("By Helen Marsh") and is_name_line("Tomas Bright")


def test_a_guide_under_a_gallery_line_has_no_author(tmp_path):
    (tmp_path / "lens.txt").write_text(GUIDE, encoding="utf-8")
    bank = generate_bank([tmp_path])
    assert not bank["sources"][0].get("author")
    assert bank["questions"] and not [q for q in bank["questions"] if "Gallery" in q["prompt"]]
