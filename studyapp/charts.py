"""Server-rendered SVG charts: small, accessible, no JavaScript (used by progress and gradebook pages)."""
from __future__ import annotations

from flask_babel import format_date, gettext, ngettext
from markupsafe import Markup, escape


def history_chart(points, *, width: int = 640, height: int = 180) -> Markup:
    """Daily accuracy as a line over activity bars; `points` have .day, .percent (or None) and .count."""
    pad_left, pad_bottom, pad_top = 34, 22, 10
    inner_w, inner_h = width - pad_left - 6, height - pad_bottom - pad_top
    n = max(len(points), 1)
    step = inner_w / n
    most = max([p.count for p in points] + [1])
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-labelledby="history-title history-desc"'
             ' xmlns="http://www.w3.org/2000/svg">',
             '<title id="history-title">' + str(escape(gettext("Your daily results"))) + '</title>']
    active = [p for p in points if p.percent is not None]
    summary = (ngettext("%(num)s active day in the last %(days)s; latest accuracy %(percent)s%%",
                        "%(num)s active days in the last %(days)s; latest accuracy %(percent)s%%", len(active),
                        days=len(points), percent=active[-1].percent)
               if active else gettext("No activity in the last %(days)s days", days=len(points)))
    parts.append(f'<desc id="history-desc">{escape(summary)}</desc>')
    for value in (0, 50, 100):
        y = pad_top + inner_h * (1 - value / 100)
        parts.append(f'<line x1="{pad_left}" x2="{width - 6}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{pad_left - 4}" y="{y + 4:.1f}" text-anchor="end" class="axis">{value}%</text>')
    line = []
    for i, p in enumerate(points):
        x = pad_left + i * step
        bar = inner_h * 0.35 * p.count / most
        if p.count:
            parts.append(f'<rect x="{x + step * 0.2:.1f}" y="{pad_top + inner_h - bar:.1f}" width="{step * 0.6:.1f}" '
                         f'height="{bar:.1f}" class="bar"><title>{escape(_bar_title(p))}</title></rect>')
        if p.percent is not None:
            line.append(f"{x + step / 2:.1f},{pad_top + inner_h * (1 - p.percent / 100):.1f}")
    if line:
        parts.append(f'<polyline points="{" ".join(line)}" class="line"/>')
        for coords in line:
            cx, cy = coords.split(",")
            parts.append(f'<circle cx="{cx}" cy="{cy}" r="3" class="dot"/>')
    first, last = points[0].day if points else None, points[-1].day if points else None
    if first and last:
        parts.append(f'<text x="{pad_left}" y="{height - 4}" class="axis">{escape(format_date(first, "d MMM"))}</text>'
                     f'<text x="{width - 6}" y="{height - 4}" text-anchor="end" class="axis">'
                     f'{escape(format_date(last, "d MMM"))}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _bar_title(point) -> str:
    """'12 мар. 2026: 4 ответа, 75 % верно' in the reader's language."""
    answers = ngettext("%(num)s answer", "%(num)s answers", point.count)
    if point.percent is None:
        return f"{format_date(point.day, 'medium')}: {answers}"
    return f"{format_date(point.day, 'medium')}: {answers}, " + gettext("%(percent)s%% right", percent=point.percent)


def histogram(bins: list[tuple[str, int]], *, title: str, width: int = 520, height: int = 180) -> Markup:
    """A bar chart of labelled counts (e.g. a score distribution)."""
    pad_left, pad_bottom, pad_top = 30, 24, 10
    inner_w, inner_h = width - pad_left - 6, height - pad_bottom - pad_top
    most = max([count for _label, count in bins] + [1])
    step = inner_w / max(len(bins), 1)
    desc = "; ".join(f"{label}: {count}" for label, count in bins)
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" xmlns="http://www.w3.org/2000/svg">',
             f"<title>{escape(title)}</title><desc>{escape(desc)}</desc>"]
    for i, (label, count) in enumerate(bins):
        x = pad_left + i * step
        bar = inner_h * count / most
        parts.append(f'<rect x="{x + step * 0.1:.1f}" y="{pad_top + inner_h - bar:.1f}" width="{step * 0.8:.1f}" '
                     f'height="{bar:.1f}" class="bar"><title>{escape(label)}: {count}</title></rect>')
        parts.append(f'<text x="{x + step / 2:.1f}" y="{height - 8}" text-anchor="middle" class="axis">{escape(label)}</text>')
        if count:
            parts.append(f'<text x="{x + step / 2:.1f}" y="{pad_top + inner_h - bar - 3:.1f}" text-anchor="middle" '
                         f'class="axis">{count}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
