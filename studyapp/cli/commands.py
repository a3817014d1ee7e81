"""CLI groups: user, content, demo, scores, bank, backup, media, and the job worker. Each command is one transaction.

What a command prints is in the shell's language (i18n.in_environment_language, applied to every command here).
"""
from __future__ import annotations

import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import click
from flask import current_app
from flask.cli import AppGroup
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from studyapp.db import db, utcnow
from studyapp.errors import StudyAppError
from studyapp.formats.registry import FORMATS, importable_keys
from studyapp.formats.scores_csv import iter_csv
from studyapp.i18n import in_environment_language, left_out_reason, tr
from studyapp.models import Classroom, Role
from studyapp.services import accounts, banks, demo, scores
from studyapp.translatable import translatable
from studyapp.vocabulary import INTERFACE_LANGUAGES


user_cli = AppGroup("user", help="Manage accounts.")
content_cli = AppGroup("content", help="Load course packs (bank files).")
demo_cli = AppGroup("demo", help="Demo accounts and class.")
scores_cli = AppGroup("scores", help="Export scores.")
bank_cli = AppGroup("bank", help="Generate and manage question banks.")
backup_cli = AppGroup("backup", help="Back up and restore the whole database.")
media_cli = AppGroup("media", help="Stored images.")


def init_app(app) -> None:
    """Register the command groups."""
    from studyapp.jobs.worker import worker_command

    for group in (user_cli, content_cli, demo_cli, scores_cli, bank_cli, backup_cli, media_cli):
        for command in group.commands.values():
            command.callback = in_environment_language(command.callback)
        app.cli.add_command(group)
    worker_command.callback = in_environment_language(worker_command.callback)
    app.cli.add_command(worker_command)


ROLE_NAMES = {Role.TEACHER: _l("teacher"), Role.STUDENT: _l("student"), Role.ADMIN: _l("administrator")}


def _fail(message: str) -> None:
    """Roll back, print the message to stderr and exit 1."""
    db.session.rollback()
    click.echo(_("Error: %(message)s", message=message), err=True)
    sys.exit(1)


@user_cli.command("create")
@click.option("--role", type=click.Choice([r.value for r in Role]), required=True)
@click.option("--username", prompt=True)
@click.option("--full-name", default="", help="Shown to students and in score sheets.")
@click.password_option()
def create_user(role: str, username: str, full_name: str, password: str) -> None:
    """Create a teacher, student or administrator account."""
    try:
        user = accounts.create_user(username, password, role=Role(role), full_name=full_name)
    except StudyAppError as exc:
        _fail(tr(exc))
    db.session.commit()
    click.echo(_("Created %(role)s %(username)s (id %(id)s).", role=ROLE_NAMES.get(user.role, user.role),
                 username=user.username, id=user.id))


@content_cli.command("load")
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
def load_content(directory: Path | None) -> None:
    """Load every bank file in DIRECTORY (default: content/). Running it again changes nothing."""
    directory = directory or Path(current_app.config["CONTENT_DIR"])
    if not directory.is_dir():
        _fail(_("%(path)s is not a folder.", path=directory))
    try:
        loaded = banks.load_content_dir(directory)
    except StudyAppError as exc:
        _fail(tr(exc))
    db.session.commit()
    if not loaded:
        click.echo(_("No bank files (*.json) in %(path)s.", path=directory))
    for bank, count in loaded:
        click.echo(_bank_line(bank, count))


def _bank_line(bank, count: int) -> str:
    """'Bank 3: Title (12 questions)', as content load and bank import print a bank they made."""
    return ngettext("Bank %(id)s: %(title)s (%(num)s question)", "Bank %(id)s: %(title)s (%(num)s questions)", count,
                    id=bank.id, title=bank.title)


@demo_cli.command("create")
@click.option("--language", type=click.Choice(list(INTERFACE_LANGUAGES)), default=None,
              help="Kazakh-, Russian- or English-speaking demo teacher and students (names and interface).")
def create_demo(language: str | None) -> None:
    """Create the demo administrator, teacher, class, 25 students and one assignment (not in production)."""
    if current_app.config["STUDYAPP_ENV"] == "production":
        _fail(_("demo accounts are refused in production mode."))
    try:
        made = demo.create_demo(current_app.config["DEMO_PASSWORD"], now=utcnow(), language=language)
    except StudyAppError as exc:
        _fail(tr(exc))
    db.session.commit()
    classroom = made["classroom"]
    click.echo(_("Demo class: %(name)s (id %(id)s, join code %(code)s)", name=classroom.name, id=classroom.id,
                 code=classroom.join_code))
    click.echo(_("Administrator: %(username)s", username=made["admin"]))
    click.echo(_("Teacher: %(username)s", username=made["teacher"].username))
    click.echo(_("Students: %(first)s … %(last)s", first=made["students"][0], last=made["students"][-1]))
    click.echo(_("Password for all demo accounts: %(password)s", password=made["password"]))


@scores_cli.command("export")
@click.option("--class", "classroom_id", type=int, required=True, help="Class id.")
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx"]), default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Default: standard output (CSV only).")
def export_scores(classroom_id: int, fmt: str, output: Path | None) -> None:
    """One row per student, one column per assignment: the same data as the web download."""
    from studyapp.formats.scores_xlsx import scores_to_xlsx

    classroom = db.session.get(Classroom, classroom_id)
    if classroom is None:
        _fail(_("no class with id %(id)s.", id=classroom_id))
    table = scores.build_score_table(classroom, now=utcnow(), zone=ZoneInfo(current_app.config["TIMEZONE"]))
    if fmt == "xlsx":
        if output is None:
            _fail(_("an XLSX export needs -o FILE."))
        output.write_bytes(scores_to_xlsx(table.header(), table.records()))
        return
    # A file gets the BOM Excel needs to read UTF-8 (the same bytes as the web download); a terminal does not.
    chunks = iter_csv(table.header(), table.records(), bom=output is not None)
    if output is None:
        for chunk in chunks:
            click.echo(chunk, nl=False)
        return
    with output.open("w", encoding="utf-8", newline="") as handle:
        for chunk in chunks:
            handle.write(chunk)


@bank_cli.command("generate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--title", default=None)
@click.option("--language", type=click.Choice(["en", "ru", "kk"]), default=None,
              help="The documents' language (default: detect each one's).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
def generate_bank(paths, manifest, title, language, output) -> None:
    """Generate a studyapp.bank/1 file from documents (files or folders)."""
    import json

    from studyapp.generator import generate_bank as generate

    try:
        bank = generate(list(paths), manifest=manifest, title=title, language=language)
    except (StudyAppError, ValueError, OSError) as exc:
        _fail(tr(exc))
    output.write_text(json.dumps(bank, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    click.echo(_("Wrote %(questions)s and %(flashcards)s to %(path)s (documents read: %(documents)s)",
                 questions=ngettext("%(num)s question", "%(num)s questions", len(bank["questions"])),
                 flashcards=ngettext("%(num)s flashcard", "%(num)s flashcards", len(bank.get("flashcards", []))),
                 documents=len(bank["sources"]), path=output))


@bank_cli.command("list")
def list_banks() -> None:
    """One bank a line: id, question count (approved), title, owner's username (or "course pack")."""
    from studyapp.models import QuestionBank
    from studyapp.services.banks import count_by_status

    for bank in db.session.scalars(db.select(QuestionBank).order_by(QuestionBank.id)):
        counts = count_by_status(bank)
        whose = _("course pack") if bank.is_template else (bank.owner.username if bank.owner else _("no owner"))
        total = sum(counts.values())
        click.echo(f"{bank.id}\t" + ngettext("%(num)s question (%(approved)s approved)",
                                              "%(num)s questions (%(approved)s approved)", total,
                                              approved=counts["approved"]) + f"\t{bank.title}\t{whose}")


@bank_cli.command("export")
@click.argument("bank_id", type=int)
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="json", show_default=True)
@click.option("--include-drafts", is_flag=True, help="Add draft questions and flashcards (rejected ones never go).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
def export_bank(bank_id: int, fmt: str, include_drafts: bool, output: Path) -> None:
    """Write the approved questions and flashcards of bank BANK_ID for Moodle, Canvas, Anki or a spreadsheet;
    every one the format cannot carry is listed."""
    from studyapp.models import QuestionBank
    from studyapp.services.bank_export import export_bank_file, plan_exports

    bank = db.session.get(QuestionBank, bank_id)
    if bank is None:
        _fail(_("no bank with id %(id)s (see `flask --app studyapp bank list`).", id=bank_id))
    plan = next(p for p in plan_exports(bank, include_drafts=include_drafts) if p.format.key == fmt)
    data, _suffix, warnings = export_bank_file(bank, fmt, include_drafts=include_drafts)
    output.write_bytes(data)
    for item in plan.left_out:
        click.echo(_("Left out: %(kind)s %(id)s (%(reason)s): %(text)s", kind=_(item.kind), id=item.id,
                     reason=left_out_reason(item, plan.format), text=item.text[:80]), err=True)
    # The exporter's own notes repeat what the plan listed; only the rest (data it could not write) is new.
    listed = tuple(f"question {item.id} " for item in plan.left_out if item.kind == "question")
    for warning in warnings:
        if not warning.startswith(listed) and not (" flashcards: " in warning and not plan.format.carries_flashcards):
            click.echo(_("Note: %(note)s", note=tr(warning)), err=True)
    questions = (ngettext("%(num)s approved or draft question", "%(num)s approved and draft questions",
                          plan.question_count) if include_drafts else
                 ngettext("%(num)s approved question", "%(num)s approved questions", plan.question_count))
    click.echo(_("Wrote %(path)s (%(bytes)s bytes): %(questions)s and %(flashcards)s; %(left)s left out.",
                 path=output, bytes=len(data), questions=questions, left=len(plan.left_out),
                 flashcards=ngettext("%(num)s flashcard", "%(num)s flashcards", plan.flashcard_count)))


@bank_cli.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(importable_keys()), default=None,
              help="Default: detected from the file.")
@click.option("--owner", default=None, help="Username of the teacher whose bank it becomes (default: a course pack).")
@click.option("--all-or-nothing", is_flag=True, help="Import nothing when any question cannot be read.")
def import_bank_file(file: Path, fmt: str | None, owner: str | None, all_or_nothing: bool) -> None:
    """Import a bank file as a new course pack (read-only, copied by teachers) or a teacher's own bank.

    Every question that can be read is imported; each one that cannot is listed (line, type, why) and the exit
    status is 1. With --all-or-nothing, such a question imports nothing (exit status 1).
    """
    from studyapp.services.bank_import import import_bank

    teacher = None
    if owner is not None:
        teacher = accounts.find_user(owner)
        if teacher is None or not teacher.is_teacher:
            _fail(_("no teacher with username %(username)s.", username=repr(owner)))
    try:
        result = import_bank(file.read_bytes(), fmt, filename=file.name, owner=teacher, all_or_nothing=all_or_nothing)
    except StudyAppError as exc:
        _fail(tr(exc))
    db.session.commit()
    bank = result.bank
    click.echo(_bank_line(bank, len(bank.questions)))
    if result.skipped:
        click.echo(ngettext("Skipped %(num)s question:", "Skipped %(num)s questions:", len(result.skipped)), err=True)
        for skip in result.skipped:
            click.echo("  " + _("line %(line)s (%(type)s): %(problem)s", line=skip["line"] or "?", type=skip["type"],
                                problem=tr(translatable(skip["reason"]))), err=True)
        raise SystemExit(1)


@backup_cli.command("create")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def create_backup(file: Path) -> None:
    """Write every table to FILE (gzipped JSON)."""
    from studyapp.services.backup import create_backup as backup

    counts = backup(file, now=utcnow())
    click.echo(_("Backed up %(rows)s rows of %(tables)s tables to %(path)s.", rows=sum(counts.values()),
                 tables=len(counts), path=file))


@backup_cli.command("restore")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Do not ask before replacing everything in the database.")
def restore_backup(file: Path, yes: bool) -> None:
    """Replace the database's contents with FILE (same schema version)."""
    from studyapp.services.backup import restore_backup as restore

    if not yes:
        click.confirm(_("This replaces every row in the database. Go on?"), abort=True)
    try:
        counts = restore(file)
    except StudyAppError as exc:
        _fail(tr(exc))
    db.session.commit()
    click.echo(_("Restored %(rows)s rows of %(tables)s tables from %(path)s.", rows=sum(counts.values()),
                 tables=len(counts), path=file))


@media_cli.command("prune")
@click.option("--grace-hours", type=click.FloatRange(min=0), default=24.0, show_default=True,
              help="Keep unused images stored more recently than this.")
def prune_media(grace_hours: float) -> None:
    """Delete the stored images no question shows any more."""
    from datetime import timedelta

    from studyapp.services.media import prune_media as prune

    count, size = prune(now=utcnow(), grace=timedelta(hours=grace_hours))
    db.session.commit()
    click.echo(ngettext("Deleted %(num)s unused image (%(bytes)s bytes).",
                        "Deleted %(num)s unused images (%(bytes)s bytes).", count, bytes=size))
