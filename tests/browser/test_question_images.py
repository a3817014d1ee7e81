"""In Chromium, with axe: a teacher adds an image with alt text to a question; a student on a 360 px phone sees it
in the player, scaled to the screen; the print view shows it."""
from __future__ import annotations

from browser_support import check_accessible, log_in
from factories import commit, make_assignment, make_classroom, make_student, make_teacher
from image_support import tiny_png

from studyapp.db import db
from studyapp.models import Question


def test_teacher_adds_an_image_and_a_student_sees_it_on_a_phone(server, page, new_page, tmp_path):
    teacher = make_teacher()
    classroom = make_classroom(teacher, "Year 9 Science")
    make_student(classroom=classroom)
    assignment = make_assignment(teacher, classroom)
    commit()
    question = db.session.scalar(db.select(Question).where(Question.key == "q-clouds"))
    wide = tmp_path / "cloud photo.png"
    wide.write_bytes(tiny_png((120, 120, 140), 800))  # 800 px wide: wider than the phone
    bad = tmp_path / "drawing.png"
    bad.write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    base = server

    # Teacher: a file that is not an image is refused and what was typed stays; then the real photo, with alt text.
    log_in(page, base, "teacher")
    page.goto(f"{base}/teacher/questions/{question.id}")
    page.get_by_label("Question", exact=True).fill("Condensation forms the clouds in this photo.")
    page.get_by_label("Image (PNG, JPEG, GIF or WebP, at most 2 MB)").set_input_files(str(bad))
    page.get_by_label("Alt text: what the image shows, for students who cannot see it").fill("Grey clouds")
    page.get_by_role("button", name="Save changes").click()
    assert "SVG and HTML files are refused" in page.content()
    assert page.get_by_label("Question", exact=True).input_value() == "Condensation forms the clouds in this photo."
    page.get_by_label("Image (PNG, JPEG, GIF or WebP, at most 2 MB)").set_input_files(str(wide))
    page.get_by_label("Alt text: what the image shows, for students who cannot see it").fill(
        "Grey rain clouds over a town")
    page.get_by_role("button", name="Save changes").click()
    shown = page.get_by_role("img", name="Grey rain clouds over a town")
    shown.wait_for()
    assert shown.evaluate("img => img.naturalWidth") == 800  # served by the teacher's image route
    check_accessible(page, "teacher-question-with-image")

    # Student on a 360 px phone: the image is in the question, loaded, and no wider than the screen.
    student = new_page(width=360)
    log_in(student, base, "student")
    student.get_by_role("button", name="Start quiz").click()
    image = student.get_by_role("img", name="Grey rain clouds over a town")
    image.wait_for()
    assert image.evaluate("img => img.complete && img.naturalWidth") == 800
    assert image.bounding_box()["width"] <= 360
    assert student.evaluate("document.documentElement.scrollWidth") <= 360
    assert "Condensation forms the clouds in this photo." in student.content()
    check_accessible(student, "student-attempt-with-image-360")

    # The printed quiz shows it too.
    page.goto(f"{base}/teacher/quizzes/{assignment.quiz_id}/print")
    printed = page.get_by_role("img", name="Grey rain clouds over a town")
    assert printed.evaluate("img => img.complete && img.naturalWidth") == 800
