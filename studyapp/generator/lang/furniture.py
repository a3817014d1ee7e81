"""Parts of a Russian or Kazakh document that are no content to ask about (fourteenth round, after read p):

- the text's own questions: a sentence ending in "?" (a heading-like "Фотосинтез қайда жүреді?", an interview
  question, a rhetorical opening), and every paragraph of a discussion, review or task section ("Вопросы для
  обсуждения", "Сұрақтар мен тапсырмалар", "Талқылауға арналған сұрақтар");
(read-more lines and starred footnotes are dropped for every language by the clean stage: stages/furniture.py)
- a speaker tag after a quote ("«…», — дейді 8-сынып оқушысы Даяна", "«…» — говорит тренер Иванов"): who said a
  remark in a news item is the remark's frame, not its point;
- a filler word that frames a sentence but carries none of its point ("X дегеніміз — Y", является, яғни).

Round rukk9 (blind readers dropped a ticket price, opening days, a tour's length and a correspondent's name as
trivia): visitor logistics -- a section headed "Полезная информация" / "Пайдалы ақпарат" / "Как добраться", and any
sentence giving a price of admission, opening hours, a phone number or an address, or telling visitors how to book
-- and bylines ("Беседовала Ольга Тимофеева", "Сұхбаттасқан – Ерлан Нұрғалиев", "Наш корреспондент Кирилл Волков")
are never asked.

Round rukk13 (read z2): a sentence on how the text was made -- who interviewed whom, who processed a survey's
results (`making_of`) -- is never asked either.

Round rukk17 (read w11): a task section headed for its readers ("Оқушыларға тапсырма", "Задания для учащихся"), a
task that says "name" or "list" ("… бөлігін атаңдар", "Назовите …"), and a wish or greeting said aloud (`wish`).
"""
from __future__ import annotations

import re

from studyapp.text import fold

ADDRESSEE = r"(?:оқушыларға|оқушылар\w*\s+арналған|учащимся|ученикам|для\s+(?:учащихся|учеников|школьников))\s+"
SECTION = re.compile(rf"^\s*(?:{ADDRESSEE})?(?:вопрос|задани|сұрақ|тапсырма|талқыла|пысықта|ойлан|проверь|questions?\b|"
                     r"пример\b|примеры\b|упражнени|мысал\b|мысалдар|жаттығу|"  # and worked examples (read v)
                     r"задач|образ\w* решени|решени\w* задач|есеп\b|есептер\b|есеп шығару)", re.I)  # "Есеп шығару үлгісі" (w)
SAY_VERB = r"(?:дейді|деді|деп\w*|айтады|айтты|атап\s+өтті|говорит|сказал\w*|отмечает|отметил\w*|рассказ\w+|" \
           r"поясня\w+|пояснил\w*|добавил\w*|считает|уверен\w*|признаётся|признается)"
# a closing quote, a dash, then a verb of saying (and the speaker after it) to the end of the sentence
SPEAKER_TAG = re.compile(rf"[»”\"],?\s*[—–-]\s*{SAY_VERB}\b[^.!?«]*", re.I)


# a section for visitors: how to come, when, for how much
VISITORS = re.compile(r"^\s*(?:полезн\w* информац|практическ\w* информац|информаци\w* для посетител|как добраться|"
                      r"часы работы|режим работы|контакт|для посетител|пайдалы ақпарат|келушілер\w*|байланыс|"
                      r"жұмыс (?:уақыты|кестесі)|қалай жетуге)", re.I)
# a byline: who wrote, asked or photographed, on a short line of its own
WRITERS = r"(?:беседовал\w*|подготовил\w*|записал\w*|корреспондент\w*|сұхбаттасқан|сұхбаттасты|дайындаған|әзірлеген|" \
          r"жазып алған|тілші\w*)"  # who wrote or asked
BYLINE = re.compile(rf"^\s*(?:{WRITERS}\b\s*[:–—-]?|(?:автор|авторы|текст|фото|мәтін|сурет)\s*[:–—-])\s*\S", re.I)
BYLINE_WORDS = 6
# the same, as a sentence of a longer line: who wrote or asked, then a colon or a dash ("… 17 ақпан. Тілші: Әсел …")
REPORTER_LINE = re.compile(rf"^\s*{WRITERS}\s*[:–—-]\s*\S", re.I)


def skipped(paragraph) -> bool:
    """The paragraph is furniture: in a questions/tasks section or a section for visitors, a byline line, or a note
    in square brackets ("[На фото: … Снимок начала 1900-х годов.]": an editor's caption, read w)."""
    section = paragraph.section or ""
    text = paragraph.text.strip()
    return bool(SECTION.match(section) or VISITORS.match(section) or byline(text)
                or text.startswith("[") and text.endswith("]"))


# a worked example or a task set inline ("Пример 1 (простые проценты). Айдар взял …", "2-мысал. …", "Есеп 3."),
# its working lines ("За два года: 24 000 × 2 = 48 000 тенге.") and a sentence that reports its result by naming
# it ("… больше, чем в первом примере"): the data of an example is no fact of the lesson (read v, read w)
EXAMPLE_LABEL = re.compile(r"^\s*(?:(?:пример|задача|решение|мысал|есеп|шешуі)\s*№?\s*\d+|\d+\s*[-‑–]\s*(?:мысал|есеп))"
                           r"(?!\w)", re.I)
WORKING = re.compile(r"\d[\d\s,.]*\s*[×x*·:/+−–-]\s*[\d(][^=]{0,60}=\s*\d")
EXAMPLE_BACK = re.compile(r"(?<![\w-])(?:(?:в|во|из)\s+(?:первом|втором|третьем|этом|предыдущем)\s+примере|"
                          r"(?:бірінші|екінші|үшінші|осы|алдыңғы)\s+мысал(?:да|дағы))(?![\w-])", re.I)


# a task set to the pupil (the cleaner has taken its number off): a word problem that ends on its question ("Сыныпта 25
# оқушы бар. Олардың 12-сі қыздар. … неше пайызды құрайды?"), or an instruction in its first sentence ("Есептеңдер: …",
# "Кестені толтырыңдар.", "Найдите …"): its figures are the task's data, never a fact to recall (read t)
IMPERATIVE = re.compile(r"(?<![\w-])(?:(?:есептең|есептеп\s+шығар|табың|толтырың|жазың|салыстырың|анықтаң|шешің|сызың|"
                        r"түсіндірің|дәлелдең|атаң|атап\s+шығың|көрсетің|сипаттаң)\w*|(?:най|вычисл|реш|определ|объясн|"
                        r"сравн|запиш|заполн|докаж|укаж|рассчита|выраз|ответ|назов|перечисл|опиш)\w*(?:ите|йте))(?![\w-])", re.I)
PROBLEM_WORDS = 45  # a word problem is short; a textbook paragraph ending on a question for thought is not one


def task(text: str) -> bool:
    """The paragraph is a task for the pupil: a short word problem ending on its question, or an instruction."""
    first = re.split(r"(?<=[.!?:])\s", text.strip(), maxsplit=1)[0]
    problem = text.rstrip().endswith("?") and re.search(r"\d", text) and len(text.split()) <= PROBLEM_WORDS
    return bool(problem or IMPERATIVE.search(first))


def worked_examples(paragraphs) -> set[int]:
    """The indexes of the paragraphs that hold a worked example or a numbered task: one opened by an example's label,
    and the working lines after it, up to the first paragraph that is neither; a numbered task (`task`)."""
    found: set[int] = set()
    inside = False
    for paragraph in paragraphs:
        text = paragraph.text
        if task(text):
            found.add(paragraph.index)
        if EXAMPLE_LABEL.match(text):
            inside = True
        elif not (inside and WORKING.search(text)):
            inside = False
        if inside:
            found.add(paragraph.index)
    return found


# a worked example's label with no number, then a colon ("Мысал: 25 оқушының 20-сы келді", "Пример: …")
EXAMPLE_LINE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:пример|задача|решение|мысал|есеп|шешуі)\s*:", re.I)


def example_line(text: str) -> bool:
    """The text holds a worked example's line: its data are the example's, no fact of the lesson."""
    return EXAMPLE_LINE.search(text) is not None


def example_result(sentence: str) -> bool:
    """The sentence reports a worked example's result by naming the example ("… чем в первом примере")."""
    return EXAMPLE_BACK.search(sentence) is not None


def byline(text: str) -> bool:
    """A short line naming who wrote or asked ("Беседовала Ольга Тимофеева", "Сұхбаттасқан – Ерлан Нұрғалиев")."""
    return len(text.split()) <= BYLINE_WORDS and BYLINE.match(text) is not None


# visitor logistics inside a sentence: a ticket or its price, opening hours, a day off, a phone, an address, booking
SERVICE = re.compile(r"(?<![\w-])(?:входн\w+ билет\w*|билет\w* (?:стоит|стоимост\w*|для взрослых)|"
                     r"билет(?:тің|і) бағасы|кіру билет\w*|касс[аеыу] (?:работ|закрыв|открыв)\w*|"
                     r"по телефону|телефон[ау]? \+?\d|заказ\w* заранее|забронир\w*|брондау\w*|алдын ала тіркел\w*|"
                     r"ул\. \w+|по адресу|адрес:|мекенжай\w*|көшесі,? \d|кіру тегін|тегін кіре\w*|"
                     r"экскурси\w+ длится|экскурсия ұзақтығы|фотографировать (?:без|можно|нельзя)|суретке түсіруге)"
                     r"|(?<!\d)\d{1,2}[:.]\d{2}\s*(?:до|–|—|-)\s*\d{1,2}[:.]\d{2}|сағат \d{1,2}[:.]\d{2}", re.I)


# a weekday with a day off or opening ("Понедельник — выходной день", "Демалыс күні – дүйсенбі"), not a holiday's
# days off ("21, 22 және 23 наурыз – ресми демалыс күндері")
WEEKDAY = re.compile(r"(?<![\w-])(?:понедельник|вторник|четверг|пятниц|суббот|воскресень|дүйсенбі|"
                     r"сейсенбі|сәрсенбі|бейсенбі|сенбі|жексенбі)", re.I)
DAY_OFF = re.compile(r"(?<![\w-])(?:выходн\w*|демалыс|открыт\w*|работает|жұмыс істейді)(?![\w-])", re.I)


# lines of a page, not of its text (read v): a textbook's section number ("§ 18. Рыночный механизм"), a photo's
# caption ("[Фото: …]", "Сурет: …"), a dateline under a speech or a report ("Ақтөбе қаласы, № 21 мектеп, 25 мамыр")
MONTHS = (r"январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|қаңтар|ақпан|наурыз|сәуір|"
          r"мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан")
PAGE_LINE = re.compile(r"^\s*(?:§\s*\d|\[\s*(?:фото|сурет|photo|иллюстрация)(?!\w)|(?:фото|сурет|photo|иллюстрация)\s*:)", re.I)
DATELINE = re.compile(rf"^[^.!?]{{3,120}},\s*\d{{1,2}}\s+(?:{MONTHS})\w*(?:\s+\d{{4}}(?:\s*(?:г|ж)\.|\s+жыл\w*)?)?"
                      r"\.?\s*$", re.I)  # "«Жетісу жаңалықтары», 17 ақпан." ends its own sentence (read w)


def page_line(sentence: str, opening: bool = False) -> bool:
    """The sentence is a line of the page (`PAGE_LINE`), a byline ("Тілші: Әсел Нұрғалиқызы" after a dateline on one
    line, read w), or a dateline in the document's `opening` paragraphs: no content to ask."""
    return PAGE_LINE.search(sentence) is not None or len(sentence.split()) <= BYLINE_WORDS and \
        REPORTER_LINE.match(sentence) is not None or opening and DATELINE.search(sentence) is not None


def service(sentence: str) -> bool:
    """The sentence tells visitors a price, hours, a day off, a phone, an address or how to book (never a lesson)."""
    return SERVICE.search(sentence) is not None or bool(WEEKDAY.search(sentence) and DAY_OFF.search(sentence))


# a correspondent named in the text ("Наш корреспондент Кирилл Волков поговорил …", "тілшіміз Асқар …")
REPORTER_BEFORE = re.compile(r"(?<![\w-])(?:корреспондент\w*|журналист\w*|тілші\w*|беседовал\w*|"
                             r"сұхбаттасқан)\s*[–—-]?\s*$", re.I)


def reporter(text: str, start: int) -> bool:
    """The word at start is the name of the text's own correspondent (a byline inside a sentence)."""
    return REPORTER_BEFORE.search(text[:start]) is not None


# (rukk13, read z2) how the text itself was made: who interviewed whom ("Наши корреспонденты … поговорили с
# археологом …", "Тілшіміз ғалыммен сұхбаттасты") or who processed a survey's results ("Результаты обработали члены
# совета …", "Сауалнама нәтижелерін … өңдеді"): the frame of an interview or a report, no content to ask
INTERVIEWER = re.compile(r"(?<![\w-])(?:корреспондент\w*|журналист\w*|тілші\w*|редакци\w*|наш[аи]?|біздің)(?![\w-])", re.I)
TALKED = re.compile(r"(?<![\w-])(?:поговорил\w*|побеседовал\w*|беседовал\w*|взял\w*\s+интервью|сұхбаттас\w*|"
                    r"сұхбат\s+(?:алды|алған)|әңгімелес\w*)(?![\w-])", re.I)
PROCESSED = re.compile(r"(?<![\w-])(?:(?:результат\w*|данны\w*|ответ\w*|анкет\w*|нәтиже\w*|деректер\w*|жауаптар\w*|"
                       r"сауалнама\w*)(?:\s+[^\s,.;:!?]+){0,6}\s+(?:обработал\w*|обработан\w*|подсчитал\w*|өңде\w*)|"
                       r"(?:обработал\w*|подсчитал\w*)\s+(?:[^\s,.;:!?]+\s+){0,2}(?:результат\w*|данны\w*|ответ\w*|анкет\w*))(?![\w-])", re.I)


def making_of(sentence: str) -> bool:
    """The sentence tells how the text was made: a reporter's talk with someone, or who processed a survey."""
    return bool(TALKED.search(sentence) and INTERVIEWER.search(sentence) or PROCESSED.search(sentence))


# (rukk17, read w11) a wish or a greeting, said aloud ("Ұлыс оң болсын, ақ мол болсын!", "Қош келдің, Әз-Наурыз!",
# "Пусть весна принесёт …!", "С праздником, дорогие друзья!"): a formula every pupil knows, no fact of the text
WISH = re.compile(r"(?<![\w-])(?:\w+(?:сын|сін)|қош\s+келд\w*|құтты\s+болсын|пусть|да\s+здравству\w+|"
                  r"с\s+праздник\w*|поздравля\w+|добро\s+пожаловать|желаю|желаем)(?![\w-])", re.I)


def wish(sentence: str) -> bool:
    """The sentence is an exclamation that wishes or greets (`WISH`)."""
    return sentence.rstrip(" »\"')").endswith("!") and WISH.search(sentence) is not None


def question(sentence: str) -> bool:
    """The sentence is the text's own question."""
    return sentence.rstrip(" »\"')").endswith("?")


def in_tag(text: str, start: int) -> bool:
    """The position lies in a speaker tag after a quote."""
    return any(m.start() < start < m.end() for m in SPEAKER_TAG.finditer(text))


# words that frame a sentence but carry none of its point: a definition's "дегеніміз" (X дегеніміз — Y), a
# linking or hedging word; a blank there tests nothing the text teaches (read p)
FILLER = frozenset({"дегеніміз", "дегенiмiз", "деген", "дегенде", "яғни", "сияқты", "ретінде", "туралы", "бойынша",
                    "арқылы", "шамамен", "называется", "называют", "является", "являются", "который", "которые",
                    "например", "примерно", "около", "также", "именно", "поэтому",
                    "уроженец", "уроженка", "уроженцы", "тумасы"})  # an apposition's frame (rukk17)


def filler(word: str) -> bool:
    """The word only frames the sentence (FILLER): never a blank."""
    return fold(word) in {fold(w) for w in FILLER}
