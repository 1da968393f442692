"""The selected member beside the register: photo, name, status, key facts, status history,
census verifications and share capital."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
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
from coopdesk.ui import icons
from coopdesk.ui.dialogs.member_form import photo_pixmap
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


class DetailPanel(QWidget):
    """The selected member: photo, name, status, key facts, history, census, shares."""

    def __init__(self, page: MembersPage) -> None:
        super().__init__(page)
        self.setObjectName("memberDetail")
        self.page = page
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
