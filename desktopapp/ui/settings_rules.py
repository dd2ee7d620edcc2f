"""Settings > Team rules: the list a lead edits, and a form to add one.

Rules are built, checked and stored by ``services.rules`` (the same as ``creditfuel rule
add``, ids in one format); this tab words them and collects their numbers.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktopapp.domain.kinds import GROUPS, KINDS
from desktopapp.domain.problems import InvalidInput
from desktopapp.domain.rules import (
    Envelope,
    ProjectCap,
    RepeatApproval,
    Rule,
    TaskCap,
    TopUpAdvice,
    VariantLimit,
)
from desktopapp.services import rules, setup
from desktopapp.ui.formatting import (
    arg,
    describe_error,
    fmt_credits,
    fmt_int,
    group_label,
    kind_label,
)
from desktopapp.ui.inline_message import InlineMessage
from desktopapp.ui.retranslate import Retranslator
from desktopapp.ui.session import Session
from desktopapp.ui.settings_journal import Journal, Undo

translate = QCoreApplication.translate
RULE_CODES = ("task_cap", "repeat_approval", "envelope", "project_cap", "variant_limit",
              "topup_advice")


def rule_type_label(code: str) -> str:
    return {
        "task_cap": translate("Rules", "Cap per task"),
        "repeat_approval": translate("Rules", "First run free, repeats need approval"),
        "envelope": translate("Rules", "Monthly budget for a group of tasks"),
        "project_cap": translate("Rules", "Monthly cap per project / client"),
        "variant_limit": translate("Rules", "Variants per project"),
        "topup_advice": translate("Rules", "Top-up or upgrade advice"),
    }.get(code, code)


def action_label(action: str) -> str:
    return {
        "warn": translate("Rules", "warn"),
        "needs_approval": translate("Rules", "need approval"),
        "blocked": translate("Rules", "block"),
    }.get(action, action)


def _kinds_text(kinds: tuple[str, ...]) -> str:
    if not kinds:
        return translate("Rules", "Any task")
    return ", ".join(kind_label(k) for k in kinds)


def rule_summary(rule: Rule) -> str:
    """A rule in one plain sentence."""
    if isinstance(rule, TaskCap):
        return arg(translate("Rules", "%1 over %2: %3."), _kinds_text(rule.kinds),
                   fmt_credits(rule.limit), action_label(rule.action))
    if isinstance(rule, RepeatApproval):
        kinds = rule.kinds or tuple(k.code for k in KINDS if k.high_octane)
        return arg(translate("Rules", "%1: the first %2 run(s) per project are free, then %3."),
                   _kinds_text(kinds), fmt_int(rule.free_runs), action_label(rule.action))
    if isinstance(rule, Envelope):
        return arg(translate("Rules", "%1 may use %2% of the monthly grant, then %3."),
                   group_label(rule.group), QLocale().toString(rule.percent, "g", 4),
                   action_label(rule.action))
    if isinstance(rule, ProjectCap):
        who = (arg(translate("Rules", "“%1”"), rule.project) if rule.project
               else translate("Rules", "Each project"))
        return arg(translate("Rules", "%1 may use %2 a month, then %3."), who,
                   fmt_credits(rule.limit), action_label(rule.action))
    if isinstance(rule, VariantLimit):
        extra = f" ({rule.label})" if rule.label else ""
        return arg(translate("Rules", "%1: at most %2 runs per project%3, then %4."),
                   kind_label(rule.kind), fmt_int(rule.limit), extra, action_label(rule.action))
    if isinstance(rule, TopUpAdvice):
        return arg(translate("Rules", "Suggest a bigger plan after %1 top-up packs in a month."),
                   fmt_int(rule.packs))
    return rule.id


class RulesTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None,
                 journal: Journal | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # Add and Remove act at once (and say so); Settings' Cancel takes them back.
        self.journal = journal if journal is not None else Journal(session)
        self._added: dict[str, Undo] = {}  # rules added here: removing one undoes its add
        self.rt = Retranslator()
        self.rules = QListWidget(self)
        self.rules.setWordWrap(True)
        self.rules.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.remove_button = QPushButton(self)
        self.rt.bind(self.remove_button.setText, lambda: self.tr("Remo&ve rule"))
        caption = QLabel(self)
        caption.setBuddy(self.rules)
        self.rt.bind(caption.setText, lambda: self.tr("Team &rules (checked before each task):"))

        self.add_box = QGroupBox(self)
        self.rt.bind(self.add_box.setTitle, lambda: self.tr("Add a rule"))
        form = QFormLayout(self.add_box)
        self.type = QComboBox(self.add_box)
        for code in RULE_CODES:
            self.type.addItem("", code)
        self.kind = QComboBox(self.add_box)
        self.kind.addItem("", "")
        for info in KINDS:
            self.kind.addItem("", info.code)
        self.group = QComboBox(self.add_box)
        for group in GROUPS:
            self.group.addItem("", group)
        self.limit = QSpinBox(self.add_box)
        self.limit.setRange(1, 10_000_000)
        self.limit.setValue(300)
        self.limit.setGroupSeparatorShown(True)
        self.percent = QDoubleSpinBox(self.add_box)
        self.percent.setRange(1, 100)
        self.percent.setValue(30)
        self.percent.setSuffix(" %")
        self.count = QSpinBox(self.add_box)
        self.count.setRange(0, 1000)
        self.count.setValue(1)
        self.project = QLineEdit(self.add_box)
        self.label = QLineEdit(self.add_box)
        self.action = QComboBox(self.add_box)
        for action in ("needs_approval", "warn", "blocked"):
            self.action.addItem("", action)
        self.fields: dict[str, tuple[QLabel, QWidget]] = {}
        for key, widget, text in (
            ("type", self.type, lambda: self.tr("&Kind of rule:")),
            ("kind", self.kind, lambda: self.tr("&Task:")),
            ("group", self.group, lambda: self.tr("&Group:")),
            ("limit", self.limit, lambda: self.tr("&Limit (credits):")),
            ("percent", self.percent, lambda: self.tr("&Share of the grant:")),
            ("count", self.count, lambda: self.tr("&Number:")),
            ("project", self.project, lambda: self.tr("&Project (empty: each):")),
            ("label", self.label, lambda: self.tr("La&bel:")),
            ("action", self.action, lambda: self.tr("T&hen:")),
        ):
            label = QLabel(self.add_box)
            label.setBuddy(widget)
            self.rt.bind(label.setText, text)
            form.addRow(label, widget)
            self.fields[key] = (label, widget)
        self.add_button = QPushButton(self.add_box)
        self.rt.bind(self.add_button.setText, lambda: self.tr("&Add rule"))
        self.message = InlineMessage(self.add_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.add_button)
        form.addRow(buttons)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        at_once = QLabel(self)
        at_once.setWordWrap(True)
        self.rt.bind(at_once.setText, lambda: self.tr(
            "Adding or removing a rule acts at once; Cancel takes it back."))
        layout = QVBoxLayout(self)
        layout.addWidget(at_once)
        layout.addWidget(caption)
        layout.addWidget(self.rules, 1)
        layout.addLayout(row)
        layout.addWidget(self.add_box)

        self.type.currentIndexChanged.connect(self._show_fields)
        self.add_button.clicked.connect(self.add_rule)
        self.remove_button.clicked.connect(self.remove_rule)
        self.rules.currentItemChanged.connect(self._selection_changed)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.rt.apply()
        for i in range(self.type.count()):
            self.type.setItemText(i, rule_type_label(str(self.type.itemData(i))))
        self.kind.setItemText(0, self.tr("(any task)"))
        for i in range(1, self.kind.count()):
            self.kind.setItemText(i, kind_label(str(self.kind.itemData(i))))
        for i in range(self.group.count()):
            self.group.setItemText(i, group_label(str(self.group.itemData(i))))
        for i in range(self.action.count()):
            self.action.setItemText(i, action_label(str(self.action.itemData(i))))
        self._show_fields()
        self.refresh()

    def _show_fields(self, *_: object) -> None:
        code = str(self.type.currentData())
        wanted = {
            "task_cap": {"kind", "limit", "action"},
            "repeat_approval": {"kind", "count", "action"},
            "envelope": {"group", "percent", "action"},
            "project_cap": {"project", "limit", "action"},
            "variant_limit": {"kind", "count", "label", "action"},
            "topup_advice": {"count"},
        }[code]
        for key, (label, widget) in self.fields.items():
            visible = key == "type" or key in wanted
            label.setVisible(visible)
            widget.setVisible(visible)
        count_label = self.fields["count"][0]
        count_label.setText({
            "repeat_approval": self.tr("&Free runs per project:"),
            "variant_limit": self.tr("R&uns per project:"),
            "topup_advice": self.tr("Packs in a &month:"),
        }.get(code, self.tr("&Number:")))
        defaults = {"repeat_approval": 1, "variant_limit": 3, "topup_advice": 2}
        self.count.setValue(defaults.get(code, self.count.value()))
        warn_by_default = code == "envelope"
        self.action.setCurrentIndex(self.action.findData("warn" if warn_by_default
                                                         else "needs_approval"))

    def refresh(self) -> None:
        self.rules.clear()
        for rule in rules.listing(self.session.ledger):
            item = QListWidgetItem(rule_summary(rule), self.rules)
            item.setData(Qt.ItemDataRole.UserRole, rule.id)
        if self.rules.count() == 0:
            item = QListWidgetItem(self.tr("No rules yet: every task is fine to start."),
                                   self.rules)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self._selection_changed()

    def _selection_changed(self, *_: object) -> None:
        item = self.rules.currentItem()
        self.remove_button.setEnabled(
            item is not None and item.data(Qt.ItemDataRole.UserRole) is not None
        )

    def params(self) -> dict[str, object]:
        code = str(self.type.currentData())
        kind = str(self.kind.currentData() or "")
        action = str(self.action.currentData())
        if code == "task_cap":
            return {"limit": self.limit.value(), "kinds": [kind] if kind else [],
                    "action": action}
        if code == "repeat_approval":
            return {"kinds": [kind] if kind else [], "free_runs": self.count.value(),
                    "action": action}
        if code == "envelope":
            return {"group": self.group.currentData(), "percent": self.percent.value(),
                    "action": action}
        if code == "project_cap":
            return {"limit": self.limit.value(), "project": self.project.text().strip() or None,
                    "action": action}
        if code == "variant_limit":
            return {"kind": kind, "limit": self.count.value(),
                    "label": self.label.text().strip() or None, "action": action}
        return {"packs": self.count.value()}

    def add_rule(self) -> None:
        code = str(self.type.currentData())
        try:
            rule = rules.build(self.session.ledger, code, self.params())
            added: Rule = self.session.mutate(lambda ledger, now: rules.add(ledger, now, rule))
        except InvalidInput as error:
            self.message.show_error(describe_error(error, self.session.lang()))
            return
        self._added[added.id] = self.journal.record(
            lambda ledger, now: rules.remove(ledger, now, added.id))
        self.message.show_note(arg(self.tr("Added: %1"), rule_summary(rule)))
        self.refresh()

    def remove_rule(self) -> None:
        item = self.rules.currentItem()
        rule_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not rule_id:
            return
        gone = next((r for r in rules.listing(self.session.ledger) if r.id == rule_id), None)
        self.session.mutate(lambda ledger, now: rules.remove(ledger, now, str(rule_id)))
        if str(rule_id) in self._added:  # added and removed here: nothing left to take back
            self.journal.forget(self._added.pop(str(rule_id)))
        elif gone is not None:  # an id stays taken once used: it comes back under a new one
            self.journal.record(lambda ledger, now: setup.add_rule(
                ledger, replace(gone, id=""), now=now))
        self.message.show_note(self.tr("Removed. Cancel brings it back."))
        self.refresh()
