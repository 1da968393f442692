"""The Rules tab of the Bank page: the rules that turn statement lines the books lack into
proposed entries, kept in order through their form (:mod:`coopdesk.ui.dialogs.bank_rule`), and
the rules suggested from the entries made by hand."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from coopdesk.bank import links
from coopdesk.core.i18n import _
from coopdesk.reports.document import Kind
from coopdesk.ui import icons
from coopdesk.ui.dialogs import Button, Icon, message
from coopdesk.ui.dialogs.bank_rule import RuleDialog, fee_text
from coopdesk.ui.models.distribution_lines import formatter
from coopdesk.ui.pages.bank_common import BankHost, selected_rows, table
from coopdesk.ui.pages.production import Col, RowsModel
from coopdesk.ui.widgets.buttons import action_button
from coopdesk.ui.widgets.tables import set_widths


class RulesPanel(QWidget):
    """The rules in order, and below them (once asked for) the rules suggested."""

    def __init__(self, host: BankHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesTab")
        self.host = host
        self.rule_rows: RowsModel[links.RuleView] = RowsModel(self)
        self.suggested_rules: RowsModel[links.RuleInput] = RowsModel(self)
        self._build()

    def _build(self) -> None:
        std, sp = self.style().standardIcon, QStyle.StandardPixmap
        self.rule_table = table("ruleTable", self.rule_rows, self, multi=False)
        self.rule_table.doubleClicked.connect(lambda _i: self.edit_rule())
        self.rule_table.selectionModel().selectionChanged.connect(
            lambda *_a: self.host.update_buttons())
        self.add_rule_button = action_button("addRule", icons.icon("new"), self.new_rule)
        self.edit_rule_button = action_button("editRule", std(sp.SP_FileDialogInfoView),
                                              self.edit_rule)
        self.delete_rule_button = action_button("deleteRule", std(sp.SP_TrashIcon),
                                                self.delete_rule)
        self.up_button = action_button("ruleUp", std(sp.SP_ArrowUp), lambda: self.move_rule(True))
        self.down_button = action_button("ruleDown", std(sp.SP_ArrowDown),
                                         lambda: self.move_rule(False))
        self.suggest_button = action_button("suggestRules", icons.icon("about"),
                                            self.suggest_rules)
        bar = QHBoxLayout()
        for b in (self.add_rule_button, self.edit_rule_button, self.delete_rule_button,
                  self.up_button, self.down_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.suggest_button)
        self.rules_note = QLabel()
        self.rules_note.setWordWrap(True)
        self.suggested_title = QLabel()
        self.suggested_table = table("suggestedRules", self.suggested_rules, self, multi=False)
        self.suggested_table.doubleClicked.connect(lambda _i: self.edit_suggested_rule())
        self.suggested_table.selectionModel().selectionChanged.connect(
            lambda *_a: self.host.update_buttons())
        self.add_suggested_button = action_button("addSuggestedRule", std(sp.SP_ArrowDown),
                                                  self.add_suggested_rule)
        self.suggested_box = QWidget()
        box = QVBoxLayout(self.suggested_box)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.suggested_title, 1)
        row.addWidget(self.add_suggested_button)
        box.addLayout(row)
        box.addWidget(self.suggested_table, 1)
        self.suggested_box.setVisible(False)
        col = QVBoxLayout(self)
        col.addLayout(bar)
        col.addWidget(self.rules_note)
        col.addWidget(self.rule_table, 2)
        col.addWidget(self.suggested_box, 1)

    def retranslate(self) -> None:
        self.add_rule_button.setText(_("Add…"))
        self.edit_rule_button.setText(_("Edit…"))
        self.delete_rule_button.setText(_("Delete"))
        self.up_button.setText(_("Move up"))
        self.down_button.setText(_("Move down"))
        self.suggest_button.setText(_("Suggest rules from my entries"))
        self.add_suggested_button.setText(_("Add this rule"))
        self.rules_note.setText(_(
            "Rules turn statement lines the books lack (bank charges, interest, mobile-money "
            "fees) into proposed entries. They are tried in order; the first that fits wins."))
        self.suggested_title.setText(_("Rules suggested from the entries you made by hand"))
        cur = self.host.currency()
        self.rule_rows.configure([
            Col(_("No."), Kind.INT, lambda r: r.position),
            *self._rule_columns(),
            Col(_("Active"), Kind.TEXT, lambda r: _("yes") if r.active else _("no")),
        ], cur)
        self.rule_rows.muted = lambda r: not r.active
        self.suggested_rules.configure(self._rule_columns(), cur)
        set_widths(self.rule_table, (5, 22, 24, 22, 14, 12, 10, 12, 8), stretch=2)
        set_widths(self.suggested_table, (22, 24, 22, 14, 12, 10, 12), stretch=1)

    def _rule_columns(self) -> list[Col[Any]]:
        fmt = formatter(self.host.currency())

        def money(v: Decimal | None) -> str:
            return "" if v is None else fmt.text(Kind.MONEY, v)

        def amounts(r: links.RuleInput) -> str:
            if r.min_amount is None and r.max_amount is None:
                return ""
            return f"{money(r.min_amount) or '…'} – {money(r.max_amount) or '…'}"

        def which(r: links.RuleInput) -> str:
            parts = [f"“{r.text_contains}”" if r.text_contains else "",
                     f"/{r.regex}/" if r.regex else ""]
            return " ".join(p for p in parts if p)

        return [
            Col(_("Name"), Kind.TEXT, lambda r: r.name),
            Col(_("Text or pattern"), Kind.TEXT, which),
            Col(_("Amounts"), Kind.TEXT, amounts),
            Col(_("Bank account"), Kind.TEXT, lambda r: r.account or _("any")),
            Col(_("→ Account"), Kind.TEXT, lambda r: r.target_account),
            Col(_("Member"), Kind.TEXT, lambda r: "" if r.member is None else str(r.member)),
            Col(_("Fee"), Kind.TEXT, lambda r: fee_text(r.fee_split) + (
                f" → {r.fee_account}" if r.fee_split and r.fee_account else "")),
        ]

    def update_buttons(self, can: bool) -> None:
        """``can``: the user may write and no matcher is running."""
        chosen = self.selected_rule() is not None
        self.add_rule_button.setEnabled(can)
        for b in (self.edit_rule_button, self.delete_rule_button, self.up_button,
                  self.down_button):
            b.setEnabled(can and chosen)
        self.suggest_button.setEnabled(can)
        self.add_suggested_button.setEnabled(can and bool(selected_rows(self.suggested_table)))

    # -- the rules -----------------------------------------------------------------------------

    def load_rules(self) -> None:
        keep = self.selected_rule()
        self.rule_rows.set_rows(links.rules(self.host.uow()))
        if keep is not None:
            self.select_rule(keep.id)

    def selected_rule(self) -> links.RuleView | None:
        rows = selected_rows(self.rule_table)
        return self.rule_rows.row_at(rows[0]) if rows else None

    def select_rule(self, rule_id: int) -> None:
        row = next((n for n, r in enumerate(self.rule_rows.rows) if r.id == rule_id), None)
        if row is not None:
            self.rule_table.selectRow(row)

    def new_rule(self) -> None:
        self.add_rule()

    def add_rule(self, rule: links.RuleInput | None = None) -> int | None:
        if not self.host.can_write():
            return None
        dialog = RuleDialog(self.host.uow(), rule, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self.load_rules()
            self.select_rule(dialog.saved_id)
            self.host.say(_("Rule saved."))
            return dialog.saved_id
        return None

    def edit_rule(self) -> None:
        rule = self.selected_rule()
        if rule is None or not self.host.can_write():
            return
        dialog = RuleDialog(self.host.uow(), rule, rule.id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load_rules()
            self.host.say(_("Rule “{name}” saved.", name=rule.name))

    def delete_rule(self) -> None:
        rule = self.selected_rule()
        if rule is None or not self.host.can_write():
            return
        answer = message(self, Icon.Warning, _("Delete the rule?"),
                         _("Delete the rule “{name}”? Entries it made stay in the books.",
                           name=rule.name), buttons=Button.Yes | Button.Cancel,
                         default=Button.Cancel)
        if answer != Button.Yes:
            return

        def work() -> str:
            links.delete_rule(self.host.uow(), rule.id)
            return _("Rule “{name}” deleted.", name=rule.name)

        if self.host.guard(work):
            self.load_rules()

    def move_rule(self, up: bool) -> None:
        rule = self.selected_rule()
        if rule is None or not self.host.can_write():
            return

        def work() -> None:
            links.move_rule(self.host.uow(), rule.id, up)

        if self.host.guard(work):
            self.load_rules()
            self.select_rule(rule.id)

    # -- rules suggested from the entries made by hand -----------------------------------------

    def suggest_rules(self) -> None:
        found = links.suggested_rules(self.host.uow())
        self.suggested_rules.set_rows(found)
        self.suggested_box.setVisible(True)
        self.host.say(_("{count} rule(s) suggested from the entries made by hand.",
                        count=len(found)) if found else
                      _("No rule to suggest: a rule is suggested once the same words were booked "
                        "by hand three times to the same account."))
        if found:
            self.suggested_table.selectRow(0)
        self.host.update_buttons()

    def chosen_suggested_rule(self) -> links.RuleInput | None:
        rows = selected_rows(self.suggested_table)
        return self.suggested_rules.row_at(rows[0]) if rows else None

    def add_suggested_rule(self) -> None:
        """Add the chosen suggested rule as it is, with one click."""
        rule = self.chosen_suggested_rule()
        if rule is None or not self.host.can_write():
            return

        def work() -> str:
            links.save_rule(self.host.uow(), rule)
            return _("Rule “{name}” added.", name=rule.name)

        if self.host.guard(work):
            self._forget_suggested(rule)
            self.load_rules()

    def edit_suggested_rule(self) -> None:
        rule = self.chosen_suggested_rule()
        if rule is not None and self.add_rule(rule) is not None:
            self._forget_suggested(rule)

    def _forget_suggested(self, rule: links.RuleInput) -> None:
        self.suggested_rules.set_rows([r for r in self.suggested_rules.rows if r != rule])
        self.host.update_buttons()
