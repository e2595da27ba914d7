"""The search results as a tree: one heading per kind, one line per hit with its words marked."""

import html

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from core.i18n import format_date, tr
from core.search.engine import SearchGroup, SearchHit

HIT_ROLE = Qt.UserRole + 1


def marked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` as HTML with the matched words in bold."""
    parts, last = [], 0
    for start, end in spans:
        parts += [html.escape(text[last:start]), f"<b>{html.escape(text[start:end])}</b>"]
        last = end
    parts.append(html.escape(text[last:]))
    return "".join(parts)


def hit_html(hit: SearchHit) -> str:
    day = format_date(hit.day, "medium") if hit.day else ""
    head = f"<b>{html.escape(hit.title)}</b>" + (f" &nbsp;·&nbsp; {day}" if day else "")
    where = ", ".join(hit.fields)
    if not where:
        return head
    return f"{head}<br><span style='color:#555'>{html.escape(where)}: " \
           f"{marked(hit.snippet, hit.marks)}</span>"


def plain_line(hit: SearchHit) -> str:
    """What a screen reader (and a test) reads for a hit."""
    return " · ".join(part for part in (hit.title, ", ".join(hit.fields), hit.snippet) if part)


def fill_model(model: QStandardItemModel, groups: list[SearchGroup]) -> None:
    model.clear()
    for group in groups:
        shown = len(group.hits)
        heading = QStandardItem(
            tr("{label} ({count})", label=group.label, count=group.total) if shown == group.total
            else tr("{label} ({shown} of {count})", label=group.label, shown=shown,
                    count=group.total))
        heading.setSelectable(False)
        heading.setEditable(False)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        for hit in group.hits:
            line = QStandardItem(plain_line(hit))
            line.setData(hit_html(hit), Qt.UserRole)
            line.setData(hit, HIT_ROLE)
            line.setEditable(False)
            line.setToolTip(plain_line(hit))
            heading.appendRow(line)
        model.appendRow(heading)


class HitDelegate(QStyledItemDelegate):
    """Draws a hit's HTML (title, where it matched, marked words); headings as plain text."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(Qt.UserRole))
        document.setTextWidth(max(200, option.rect.width()))
        return document

    def paint(self, painter, option, index) -> None:
        if index.data(Qt.UserRole) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.State_Selected:
            context.palette.setColor(QPalette.Text,
                                     option.palette.color(QPalette.HighlightedText))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        if index.data(Qt.UserRole) is None:
            return super().sizeHint(option, index)
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)
