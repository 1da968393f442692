"""The checklists tab of the Standards page: choose a standard; its sections and requirements
in a tree, each with its level in words and colour and how much evidence it has; the chosen
requirement's text, clause, note and history, its evidence (with the records that would fit,
to attach in a click) and its improvement activities. Assess, add or remove evidence and make
an improvement action (an activity of the action plan) need ``Permission.PLANS``; every role
reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import N_, _
from coopdesk.core.uow import Changes
from coopdesk.plans import standards as stds
from coopdesk.plans.standards import Checklist, RequirementView
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.standard_forms import ActionDialog, AssessDialog, EvidenceDialog
from coopdesk.ui.errors import show_error
from coopdesk.ui.pages.std_progress import LEVEL_COLOURS, percent_text

AREAS = ("plans", "standards", "meetings", "training", "incidents", "formalisation")
ROLE = Qt.ItemDataRole.UserRole
STAGES = {"entry": N_("from the start"), "progress": N_("to reach over time")}


class ChecklistTab(QWidget):
    """A standard's checklist, and the requirement chosen in it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.setObjectName("stdChecklistTab")
        self.ctx = ctx
        self.today = today
        self.check: Checklist | None = None
        self._build()
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    def can_write(self) -> bool:
        return self.ctx.uow.actor.can(Permission.PLANS)

    # ---- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.standard = QComboBox()
        self.standard.setObjectName("standardChoice")
        # the standards' full names are long: the combo shows what fits, the list all of it
        self.standard.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.standard.setMinimumContentsLength(30)
        for std in stds.standards():
            self.standard.addItem(f"{std.version} — {std.name}", std.key)
        self.standard.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("checklistSummary")
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Standard")))
        top.addWidget(self.standard, 1)
        top.addWidget(self.summary)

        self.tree = QTreeWidget()
        self.tree.setObjectName("checklistTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([_("Requirement"), _("Level"), _("Evidence"),
                                   _("Actions")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        hh = self.tree.header()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        hh.setStretchLastSection(False)
        self.tree.currentItemChanged.connect(lambda _a, _b: self.show_selected())

        self.detail = QLabel()
        self.detail.setObjectName("requirementDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence = QListWidget()
        self.evidence.setObjectName("evidenceList")
        self.evidence.itemSelectionChanged.connect(self.update_buttons)
        self.suggested = QListWidget()
        self.suggested.setObjectName("suggestedList")
        self.suggested.setToolTip(_("Records that fit this requirement: double-click one to "
                                    "attach it."))
        self.suggested.itemDoubleClicked.connect(self.attach_suggestion)
        self.activities = QListWidget()
        self.activities.setObjectName("activityList")
        self.history = QListWidget()
        self.history.setObjectName("historyList")

        self.assess_button = QPushButton(_("Assess…"))
        self.assess_button.setObjectName("assess")
        self.assess_button.clicked.connect(lambda _c=False: self.assess())
        self.evidence_button = QPushButton(_("Add evidence…"))
        self.evidence_button.setObjectName("addEvidence")
        self.evidence_button.clicked.connect(lambda _c=False: self.add_evidence())
        self.remove_button = QPushButton(_("Remove evidence"))
        self.remove_button.setObjectName("removeEvidence")
        self.remove_button.clicked.connect(lambda _c=False: self.remove_evidence())
        self.action_button = QPushButton(_("Make an improvement action…"))
        self.action_button.setObjectName("makeAction")
        self.action_button.clicked.connect(lambda _c=False: self.make_action())
        # two rows of two: in French or Spanish one row would squeeze the checklist's tree
        buttons = QGridLayout()
        for i, b in enumerate((self.assess_button, self.evidence_button, self.action_button,
                               self.remove_button)):
            buttons.addWidget(b, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(6, 0, 0, 0)
        rl.addLayout(buttons)
        rl.addWidget(self.detail)
        for title, widget, stretch in ((_("Evidence"), self.evidence, 2),
                                       (_("Records that would fit (double-click to attach)"),
                                        self.suggested, 2),
                                       (_("Improvement activities"), self.activities, 1),
                                       (_("History of assessments"), self.history, 1)):
            label = QLabel(title)
            label.setStyleSheet("font-weight: bold; margin-top: 4px;")
            rl.addWidget(label)
            rl.addWidget(widget, stretch)
        self.tree.setMinimumWidth(420)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 6)
        split.setSizes([560, 680])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    # ---- reading -------------------------------------------------------------------------------

    def key(self) -> str:
        return str(self.standard.currentData() or stds.KEYS[0])

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*AREAS):
            self.refresh()

    def refresh(self) -> None:
        chosen = self.selected()
        keep = chosen.id if chosen is not None else None
        key = self.key()
        self.check = stds.checklist(self.ctx.uow, key, self.today())
        progress = stds.progress(self.ctx.uow, (key,))[0]
        self.summary.setText(_("{percent} % met; {assessed} of {total} assessed",
                               percent=percent_text(progress.percent),
                               assessed=progress.assessed, total=progress.total))
        self.tree.blockSignals(True)
        self.tree.clear()
        bold = QFont()
        bold.setBold(True)
        select: QTreeWidgetItem | None = None
        for sec, sp in zip(self.check.sections, progress.sections, strict=True):
            top = QTreeWidgetItem([f"{sec.id}. {sec.title}",
                                   _("{percent} %", percent=percent_text(sp.percent)), "", ""])
            top.setFont(0, bold)
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(top)
            for r in sec.requirements:
                item = QTreeWidgetItem([f"{r.id}  {r.requirement.title}",
                                        _(stds.LEVEL_LABELS[r.level]),
                                        str(len(r.evidence)) if r.evidence else "",
                                        str(len(r.activities)) if r.activities else ""])
                item.setData(0, ROLE, r.id)
                item.setForeground(1, QBrush(QColor(LEVEL_COLOURS[r.level])))
                item.setFont(1, bold)
                item.setToolTip(0, r.requirement.text)
                top.addChild(item)
                if r.id == keep:
                    select = item
            top.setExpanded(True)
        self.tree.blockSignals(False)
        if select is None and self.tree.topLevelItemCount():
            first = self.tree.topLevelItem(0)
            select = first.child(0) if first is not None else None
        if select is not None:
            self.tree.setCurrentItem(select)
        self.show_selected()

    def selected(self) -> RequirementView | None:
        item = self.tree.currentItem()
        if item is None or self.check is None:
            return None
        rid = item.data(0, ROLE)
        return self.check.find(str(rid)) if rid else None

    def show_selected(self) -> None:
        r = self.selected()
        for w in (self.evidence, self.suggested, self.activities, self.history):
            w.clear()
        if r is None:
            self.detail.setText(_("Choose a requirement on the left."))
            self.update_buttons()
            return
        req = r.requirement
        level = (f"<b style='color:{LEVEL_COLOURS[r.level]}'>"
                 f"{escape(_(stds.LEVEL_LABELS[r.level]))}</b>")
        if r.assessed_on is not None:
            level += " " + escape(_("on {date} by {user}", date=r.assessed_on.isoformat(),
                                    user=r.assessed_by or ""))
        parts = [f"<p style='font-size:15px'><b>{escape(req.id)} {escape(req.title)}</b></p>",
                 f"<p>{escape(req.text)}</p>",
                 "<p>" + escape(_("Clause: {clause}", clause=req.clause)) + "<br>"
                 + escape(_("Stage: {stage}", stage=_(STAGES.get(req.stage, req.stage))))
                 + "</p>",
                 "<p>" + escape(_("Level:")) + " " + level + "</p>"]
        if r.note:
            parts.append("<p><i>" + escape(r.note) + "</i></p>")
        self.detail.setText("".join(parts))
        for e in r.evidence:
            item = QListWidgetItem(e.label)
            item.setData(ROLE, e.id)
            item.setToolTip(_("Added by {user} on {when}", user=e.added_by,
                              when=e.added_at.strftime("%Y-%m-%d %H:%M")))
            self.evidence.addItem(item)
        if not r.evidence:
            self._empty(self.evidence, _("No evidence yet."))
        for g in r.suggestions:
            item = QListWidgetItem(g.label)
            item.setData(ROLE, (g.kind, g.ref_id))
            self.suggested.addItem(item)
        if not r.suggestions:
            self._empty(self.suggested, _("No record fits this requirement yet."))
        for a in r.activities:
            self.activities.addItem(_("{number}. {title} ({starts} to {ends}): {status}, "
                                      "{progress} %", number=a.number, title=a.title,
                                      starts=a.starts.isoformat(), ends=a.ends.isoformat(),
                                      status=stds.activity_status(a.status),
                                      progress=a.progress))
        if not r.activities:
            self._empty(self.activities, _("No improvement action yet."))
        for h in r.history:
            note = f" — {h.note}" if h.note else ""
            self.history.addItem(f"{h.assessed_on.isoformat()}  "
                                 f"{_(stds.LEVEL_LABELS[h.level])}  ({h.recorded_by}){note}")
        if not r.history:
            self._empty(self.history, _("Not assessed yet."))
        self.update_buttons()

    @staticmethod
    def _empty(widget: QListWidget, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setForeground(QBrush(QColor("#777777")))
        widget.addItem(item)

    def update_buttons(self) -> None:
        can = self.can_write()
        chosen = self.selected() is not None
        for b in (self.assess_button, self.evidence_button, self.action_button):
            b.setEnabled(can and chosen)
            b.setToolTip("" if can else _("Your role may read the standards but not change "
                                          "them."))
        current = self.evidence.currentItem()
        self.remove_button.setEnabled(can and current is not None
                                      and current.data(ROLE) is not None)

    # ---- writing -------------------------------------------------------------------------------

    def _run(self, dialog: AssessDialog | EvidenceDialog | ActionDialog) -> bool:
        try:
            done = bool(dialog.exec())
        finally:
            dialog.deleteLater()
        if done:
            self.refresh()
        return done

    def assess(self) -> None:
        r = self.selected()
        if r is not None:
            self._run(AssessDialog(self.ctx.uow, self.key(), r, self))

    def add_evidence(self) -> None:
        r = self.selected()
        if r is not None:
            self._run(EvidenceDialog(self.ctx.uow, self.key(), r, self))

    def make_action(self) -> None:
        r = self.selected()
        if r is not None:
            self._run(ActionDialog(self.ctx.uow, self.key(), r, self))

    def attach_suggestion(self, item: QListWidgetItem) -> None:
        r = self.selected()
        data = item.data(ROLE)
        if r is None or data is None or not self.can_write():
            return
        kind, ref = data
        try:
            stds.add_evidence(self.ctx.uow, self.key(), r.id, kind, ref)
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        self.refresh()

    def remove_evidence(self) -> None:
        item = self.evidence.currentItem()
        if item is None or item.data(ROLE) is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, _("Remove evidence"),
                          _("Remove “{label}” from this requirement's evidence? The record "
                            "itself is kept.", label=item.text()),
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("removeEvidenceBox")
        answer = box.exec()
        box.deleteLater()
        if answer != QMessageBox.StandardButton.Ok:
            return
        try:
            stds.remove_evidence(self.ctx.uow, int(item.data(ROLE)))
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        self.refresh()


__all__ = ["ChecklistTab"]
