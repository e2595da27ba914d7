"""The advice text editor: paragraphs, three heading levels, bullet and numbered lists,
bold and italic — what a secretary needs, and no more. Stored in the one richtext format."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QTextCharFormat, QTextCursor, QTextListFormat
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.i18n import mark, tr
from ui.advice.rich_document import (
    BULLET_STYLES,
    document_to_text,
    heading_format,
    load_into,
    spaced,
)

BLOCK_STYLES = ((0, mark("Paragraph")), (1, mark("Heading 1")), (2, mark("Heading 2")),
                (3, mark("Heading 3")))


class PlainPasteTextEdit(QTextEdit):
    """Pasting from Word or a web page brings the words, not its fonts, colours or tables."""

    def insertFromMimeData(self, source) -> None:  # noqa: N802 - Qt's name
        if source.hasText():
            self.textCursor().insertText(source.text())


class AdviceTextEditor(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = PlainPasteTextEdit()
        self.edit.setAcceptRichText(False)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(tr("Advice text"))
        self.edit.document().setDocumentMargin(12)
        self._build_toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.edit, 1)
        self.edit.textChanged.connect(self.changed)
        self.edit.cursorPositionChanged.connect(self._sync_toolbar)
        self.edit.currentCharFormatChanged.connect(self._sync_toolbar)

    def _tool(self, text: str, tip: str, shortcut, slot, checkable=True) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setCheckable(checkable)
        button.setToolTip(f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.NativeText)})"
                          if shortcut else tip)
        button.setAccessibleName(tip)
        if shortcut:
            button.setShortcut(QKeySequence(shortcut))
        # Clicking a tool formats and leaves the cursor in the text, as in a word processor.
        button.setFocusPolicy(Qt.NoFocus)
        button.clicked.connect(slot)
        button.clicked.connect(self.edit.setFocus)
        self.toolbar.addWidget(button)
        return button

    def _build_toolbar(self) -> None:
        self.toolbar = QHBoxLayout()
        self.block_style = QComboBox()
        self.block_style.setAccessibleName(tr("Paragraph style"))
        for level, label in BLOCK_STYLES:
            self.block_style.addItem(tr(label), level)
        self.block_style.activated.connect(
            lambda index: self.set_heading(self.block_style.itemData(index)))
        self.block_style.activated.connect(lambda _index: self.edit.setFocus())
        self.toolbar.addWidget(self.block_style)
        self.bold_button = self._tool(tr("B"), tr("Bold"), "Ctrl+B", self.toggle_bold)
        bold_font = self.bold_button.font()
        bold_font.setBold(True)
        self.bold_button.setFont(bold_font)
        self.italic_button = self._tool(tr("I"), tr("Italic"), "Ctrl+I", self.toggle_italic)
        italic_font = self.italic_button.font()
        italic_font.setItalic(True)
        self.italic_button.setFont(italic_font)
        self.bullets_button = self._tool("•", tr("Bullet list"), "Ctrl+Shift+8",
                                         lambda: self.toggle_list(QTextListFormat.ListDisc))
        self.numbers_button = self._tool("1.", tr("Numbered list"), "Ctrl+Shift+7",
                                         lambda: self.toggle_list(QTextListFormat.ListDecimal))
        self.toolbar.addStretch(1)

    # --- the stored text ------------------------------------------------------------
    def _match_widget_font(self) -> None:
        """Body text in the editor's own (style sheet) size; headings scale from it."""
        self.edit.ensurePolished()
        self.edit.document().setDefaultFont(self.edit.font())

    def set_text(self, text: str) -> None:
        self._match_widget_font()
        blocker = self.edit.blockSignals(True)
        load_into(self.edit.document(), text or "")
        self.edit.document().setModified(False)
        self.edit.moveCursor(QTextCursor.Start)
        self.edit.blockSignals(blocker)
        self._sync_toolbar()

    def text(self) -> str:
        return document_to_text(self.edit.document())

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - like Qt's widgets
        self.edit.setReadOnly(read_only)
        for widget in (self.block_style, self.bold_button, self.italic_button,
                       self.bullets_button, self.numbers_button):
            widget.setEnabled(not read_only)

    def is_modified(self) -> bool:
        return self.edit.document().isModified()

    def set_modified(self, modified: bool) -> None:
        self.edit.document().setModified(modified)

    # --- formatting -----------------------------------------------------------------
    def _merge(self, char: QTextCharFormat) -> None:
        """Format the selection; without one, what is typed next (as in a word processor)."""
        self.edit.mergeCurrentCharFormat(char)

    def toggle_bold(self) -> None:
        if self.edit.isReadOnly():
            return
        char = QTextCharFormat()
        bold = self.edit.fontWeight() < QFont.DemiBold
        char.setFontWeight(QFont.Bold if bold else QFont.Normal)
        self._merge(char)
        self._sync_toolbar()

    def toggle_italic(self) -> None:
        if self.edit.isReadOnly():
            return
        char = QTextCharFormat()
        char.setFontItalic(not self.edit.fontItalic())
        self._merge(char)
        self._sync_toolbar()

    def set_heading(self, level: int) -> None:
        """Make the paragraph(s) under the cursor a heading (1–3) or body text (0)."""
        if self.edit.isReadOnly():
            return
        self._match_widget_font()
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        block_format = cursor.blockFormat()
        block_format.setHeadingLevel(level)
        spaced(block_format, level)
        if level and cursor.currentList() is not None:
            cursor.currentList().remove(cursor.block())
            block_format.setIndent(0)
        cursor.setBlockFormat(block_format)
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        cursor.setPosition(start)
        cursor.movePosition(QTextCursor.StartOfBlock)
        cursor.setPosition(end, QTextCursor.KeepAnchor)
        cursor.movePosition(QTextCursor.EndOfBlock, QTextCursor.KeepAnchor)
        char = heading_format(level, self.edit.document().defaultFont())
        cursor.mergeCharFormat(char)
        self.edit.mergeCurrentCharFormat(char)
        cursor.endEditBlock()
        self._sync_toolbar()

    def toggle_list(self, style) -> None:
        if self.edit.isReadOnly():
            return
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        current = cursor.currentList()
        same_kind = current is not None and (
            (current.format().style() in BULLET_STYLES) == (style in BULLET_STYLES))
        if same_kind:
            for index in reversed(range(current.count())):
                block = current.item(index)
                if cursor.selectionStart() <= block.position() + block.length() - 1 and \
                        block.position() <= max(cursor.selectionEnd(), cursor.position()):
                    current.remove(block)
                    plain = block.blockFormat()
                    plain.setIndent(0)
                    QTextCursor(block).setBlockFormat(plain)
        else:
            if cursor.blockFormat().headingLevel():
                self.set_heading(0)
            list_format = QTextListFormat()
            list_format.setStyle(style)
            cursor.createList(list_format)
        cursor.endEditBlock()
        self._sync_toolbar()

    def _sync_toolbar(self) -> None:
        cursor = self.edit.textCursor()
        self.bold_button.setChecked(self.edit.fontWeight() >= QFont.DemiBold)
        self.italic_button.setChecked(self.edit.fontItalic())
        current = cursor.currentList()
        bullets = current is not None and current.format().style() in BULLET_STYLES
        self.bullets_button.setChecked(bullets)
        self.numbers_button.setChecked(current is not None and not bullets)
        level = cursor.blockFormat().headingLevel()
        self.block_style.setCurrentIndex(max(0, self.block_style.findData(min(level, 3))))
