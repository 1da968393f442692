"""The selected member beside the register: photo, name, status, key facts, status history,
census verifications, share capital and the training sessions attended (with their training
record to print)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.i18n import _, language
from coopdesk.core.money import from_minor
from coopdesk.core.uow import UnitOfWork
from coopdesk.members import services
from coopdesk.members.queries import MemberDetail
from coopdesk.members.rules import (
    PAYOUT_LABELS,
    age_on,
)
from coopdesk.members.shares import member_balance
from coopdesk.plans import training
from coopdesk.reports.document import Document
from coopdesk.ui import icons
from coopdesk.ui.dialogs.member_form import photo_pixmap
from coopdesk.ui.dialogs.sharing_forms import ask_save_path
from coopdesk.ui.exporting import WritesInWorker
from coopdesk.ui.models.member_table import (
    format_day,
    role_label,
    sex_label,
    status_colour,
    status_label,
)
from coopdesk.ui.models.share_table import format_money

if TYPE_CHECKING:
    from coopdesk.ui.pages.members import MembersPage


class DetailPanel(WritesInWorker, QWidget):
    """The selected member: photo, name, status, key facts, history, census, shares, training."""

    def __init__(self, page: MembersPage) -> None:
        super().__init__(page)
        self.setObjectName("memberDetail")
        self.page = page
        self.busy = False
        self.last_export: Path | None = None
        self.shown_number: int | None = None
        self.photo = QLabel()
        self.photo.setObjectName("detailPhoto")
        self.photo.setFixedSize(120, 150)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("border: 1px solid #b0bec5; background: #eceff1;")
        self.name = QLabel()
        self.name.setObjectName("detailName")
        self.name.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.number = QLabel()
        self.status = QLabel()
        self.status.setObjectName("detailStatus")
        self.status.setWordWrap(True)
        head = QVBoxLayout()
        head.addWidget(self.name)
        head.addWidget(self.number)
        head.addWidget(self.status)
        head.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.photo)
        top.addLayout(head, 1)

        self.facts = QFormLayout()
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.values: dict[str, QLabel] = {}
        self.fact_labels: dict[str, QLabel] = {}
        for key in ("sex", "born", "role", "phone", "locality", "national_id", "miner_card",
                    "sites", "joined", "payout", "successor", "verified", "shares"):
            label, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setObjectName(f"fact_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key], self.fact_labels[key] = value, label
            self.facts.addRow(label, value)
        self.history_title, self.census_title = QLabel(), QLabel()
        self.history = QListWidget()
        self.history.setObjectName("history")
        self.history.setMaximumHeight(130)
        self.censuses = QListWidget()
        self.censuses.setObjectName("censuses")
        self.censuses.setMaximumHeight(80)
        self.training_title = QLabel()
        self.training_title.setObjectName("trainingTitle")
        self.training = QListWidget()
        self.training.setObjectName("memberTraining")
        self.training.setMaximumHeight(110)
        self.training.setWordWrap(True)
        self.training.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.training_button = self._button("printTraining", self.print_training)
        self.training_message = QLabel()
        self.training_message.setObjectName("trainingMessage")
        self.training_message.setWordWrap(True)

        self.edit_button = self._button("edit", page.edit_member)
        self.status_button = self._button("changeStatus", page.change_status)
        self.photo_button = self._button("setPhoto", page.set_photo)
        self.census_button = self._button("verify", page.verify_in_census)
        self.census_button.setIcon(icons.icon("verify"))
        self.shares_button = self._button("shareOperation", page.share_operation)
        # One button a row: translations are longer than English and must not widen the pane.
        grid = QVBoxLayout()
        grid.setSpacing(4)
        for b in (self.edit_button, self.status_button, self.photo_button,
                  self.census_button, self.shares_button):
            grid.addWidget(b)

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(top)
        body.addLayout(grid)
        body.addLayout(self.facts)
        body.addWidget(self.history_title)
        body.addWidget(self.history)
        body.addWidget(self.census_title)
        body.addWidget(self.censuses)
        body.addWidget(self.training_title)
        body.addWidget(self.training)
        body.addWidget(self.training_button)
        body.addWidget(self.training_message)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.retranslate()
        self.show_member(None)

    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def retranslate(self) -> None:
        titles = {"sex": self.tr("Sex"), "born": self.tr("Born"), "role": self.tr("Role"),
                  "phone": self.tr("Phone"), "locality": self.tr("Locality"),
                  "national_id": self.tr("National ID"), "miner_card": self.tr("Miner card"),
                  "sites": self.tr("Mining sites"), "joined": self.tr("Joined"),
                  "payout": self.tr("Payouts"), "successor": self.tr("Successor"),
                  "verified": self.tr("Last verified"), "shares": self.tr("Shares")}
        for key, label in self.fact_labels.items():
            label.setText(titles[key])
        self.history_title.setText(self.tr("Status history"))
        self.census_title.setText(self.tr("Census verifications"))
        self.edit_button.setText(self.tr("Edit…"))
        self.status_button.setText(self.tr("Change status…"))
        self.photo_button.setText(self.tr("Photo…"))
        self.census_button.setText(self.tr("Verify in census…"))
        self.shares_button.setText(self.tr("Share operation…"))
        self.training_button.setText(_("Print the training record…"))
        self.empty.setText(self.tr("Choose a member in the list to see their details."))

    def set_enabled(self, members: bool, shares: bool) -> None:
        for b in (self.edit_button, self.status_button, self.photo_button, self.census_button):
            b.setEnabled(members)
        self.shares_button.setEnabled(shares)

    def show_member(self, d: MemberDetail | None) -> None:
        self.empty.setVisible(d is None)
        self.body.setVisible(d is not None)
        if d is None:
            return
        uow = self.page.uow()
        lang = language()
        m = d.data
        pix = photo_pixmap(services.get_photo(uow, d.number) if d.has_photo else None,
                           self.photo.width(), self.photo.height())
        if pix is None:
            self.photo.clear()
            self.photo.setText(self.tr("No photo"))
        else:
            self.photo.setPixmap(pix)
        self.name.setText(f"{m.first_names} {m.last_names}")
        self.number.setText(self.tr("Member no. {number}").format(number=d.number))
        self.status.setText(self.tr("<b style='color:{colour}'>● {status}</b> since {date}")
                            .format(colour=status_colour(d.status).name(),
                                    status=status_label(d.status),
                                    date=format_day(d.status_date, lang)))
        v = self.values
        v["sex"].setText(sex_label(m.sex))
        if m.birth_date is not None:
            v["born"].setText(self.tr("{date} ({age} years)").format(
                date=format_day(m.birth_date, lang), age=age_on(m.birth_date, dt.date.today())))
        v["role"].setText(role_label(m.role))
        v["phone"].setText(m.phone or "—")
        v["locality"].setText(m.locality or "—")
        v["national_id"].setText(m.national_id or "—")
        card = m.miner_card_no or "—"
        if m.miner_card_expiry is not None:
            card = self.tr("{card}, valid until {date}").format(
                card=card, date=format_day(m.miner_card_expiry, lang))
        v["miner_card"].setText(card)
        v["sites"].setText(", ".join(s.name for s in d.sites) or "—")
        v["joined"].setText(format_day(m.join_date, lang) if m.join_date else "—")
        payout = PAYOUT_LABELS.get(m.payout_method)  # type: ignore[call-overload]
        v["payout"].setText(", ".join(x for x in (_(payout) if payout else m.payout_method,
                                                  m.payout_account, m.payout_provider) if x))
        v["successor"].setText(", ".join(x for x in (m.successor_name, m.successor_relation,
                                                     m.successor_phone) if x) or "—")
        v["verified"].setText(format_day(d.last_verified, lang) if d.last_verified else
                              self.tr("never"))
        v["shares"].setText(self._shares_text(uow, d.number))
        self.history.clear()
        for h in reversed(d.history):
            change = (f"{status_label(h.from_status)} → {status_label(h.to_status)}"
                      if h.from_status else status_label(h.to_status))
            self.history.addItem(f"{format_day(h.date, lang)}: {change}"
                                 + (f" — {h.reason}" if h.reason else "")
                                 + f" ({h.recorded_by})")
        self.censuses.clear()
        for name, day in d.censuses:
            self.censuses.addItem(f"{name}: {format_day(day, lang)}")
        if not d.censuses:
            self.censuses.addItem(self.tr("Not yet verified in a census."))
        self.shown_number = d.number
        self._show_training(uow, d.number, lang)

    # -- training ------------------------------------------------------------------------------

    def _show_training(self, uow: UnitOfWork, number: int, lang: str) -> None:
        h = training.member_history(uow, number)
        self.training_title.setText(_("Training: {count} session(s), {hours} h",
                                      count=len(h.sessions), hours=training.hours(h.minutes)))
        self.training.clear()
        for r in h.sessions:
            item = f"{format_day(r.date, lang)}: {r.topic} ({training.hours(r.minutes)} h)"
            self.training.addItem(item)
            last = self.training.item(self.training.count() - 1)
            if last is not None:
                last.setToolTip(f"{r.topic}\n{training.theme_label(r.theme)} · {r.trainer}")
        if not h.sessions:
            self.training.addItem(_("No training session attended yet."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.training_button.setEnabled(self.shown_number is not None and not self.busy)

    def _export_said(self, text: str) -> None:
        self.training_message.setText(text)

    def print_training(self, fmt: str = "pdf", path: Path | None = None) -> None:
        """The member's training record as PDF (asks where unless ``path`` is given)."""
        number = self.shown_number
        if number is None or self.busy:
            return
        if path is None:
            name = _("training-record-{number}", number=number)
            path = ask_save_path(self, self.page.ctx.settings, _("Print the training record"),
                                 f"{name}.{fmt}", fmt)
            if path is None:
                return
        uow = self.page.uow()

        def build() -> Document:
            from coopdesk.plans.training_report import member_training_document

            return member_training_document(uow, number)

        self.write_in_worker(uow, build, path, fmt)

    def _shares_text(self, uow: UnitOfWork, number: int) -> str:
        b = member_balance(uow, number)
        currency = uow.coop().currency

        def money(minor: int) -> str:
            return format_money(from_minor(minor, currency), currency)

        if b.shares == 0 and b.subscribed == 0:
            return self.tr("none")
        return self.tr("{shares} share(s); paid {paid} of {subscribed} {currency}").format(
            shares=b.shares, paid=money(b.paid), subscribed=money(b.subscribed),
            currency=currency)
