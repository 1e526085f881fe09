"""The "Retention of personal data" part of Preferences: headquarters' settings (how many months contact details,
erasure records and manual backups are kept), each with what it does next ("Participants whose contact details will
be removed on 1 March 2027: 3"). Headquarters changes them here and they reach every office in bundles; an office
sees them read-only. An office also chooses here to send every participant to headquarters under their pseudonym on
its own (``app/services/privacy/office_pseudonyms.py``). Read and written on the database worker, through the
services."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from app.models.ids import reference_id
from app.services.privacy import office_pseudonyms
from app.services.privacy.name_policy import in_use, set_policy
from app.services.privacy.office_pseudonyms import set_in_use
from app.services.privacy.retention import effects
from app.ui.i18n.formats import format_date, format_number

if TYPE_CHECKING:
    from app.ui.context import AppContext

CODES = ("contact_details", "erasure_records", "manual_backups")


def _snapshot(fd) -> dict:
    return {"effects": effects(fd), "ids": {c: reference_id("retention_rule", c) for c in CODES},
            "policy": in_use(fd), "office_wide": office_pseudonyms.in_use(fd)}


class RetentionSection(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Retention of personal data"))
        self.ctx = ctx
        self.loaded: dict | None = None
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Headquarters sets how long personal data is kept; every office applies it in a daily "
                              "sweep.") if ctx.is_hq else
                      self.tr("Set by headquarters; applied here in a daily sweep."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        layout.addLayout(form)
        titles = {"contact_details": self.tr("Contact &details, after the last activity:"),
                  "erasure_records": self.tr("Records of &erasures:"),
                  "manual_backups": self.tr("Backups made by &hand:")}
        self.months: dict[str, QSpinBox] = {}
        self.effects: dict[str, QLabel] = {}
        for code in CODES:
            box = QSpinBox()
            box.setRange(1, 600)
            box.setSuffix(self.tr(" months"))
            box.setReadOnly(not ctx.is_hq)
            box.setEnabled(False)  # until the values are read
            box.setAccessibleName(titles[code].replace("&", "").rstrip(":"))
            label = QLabel(titles[code])
            label.setBuddy(box)
            effect = QLabel()
            effect.setWordWrap(True)
            self.months[code], self.effects[code] = box, effect
            form.addRow(label, box)
            form.addRow("", effect)
        # headquarters' policy: the names of participants stay in the offices (app/services/privacy/name_policy.py)
        self.policy = QCheckBox(self.tr("Participants' &names never leave the offices"))
        self.policy.setEnabled(False)  # until read; at an office it stays read-only
        self.policy_effect = QLabel()
        self.policy_effect.setWordWrap(True)
        layout.addWidget(self.policy)
        layout.addWidget(self.policy_effect)
        self.policy.toggled.connect(self._show_policy)
        # an office's own choice (app/services/privacy/office_pseudonyms.py); headquarters sends no bundle to itself
        self.office_wide = QCheckBox(self.tr("This office sends every participant to headquarters under a "
                                             "&pseudonym"))
        self.office_wide.setEnabled(False)  # until read
        self.office_wide_effect = QLabel()
        self.office_wide_effect.setWordWrap(True)
        layout.addWidget(self.office_wide)
        layout.addWidget(self.office_wide_effect)
        self.office_wide.setVisible(not ctx.is_hq)
        self.office_wide_effect.setVisible(not ctx.is_hq)
        self.office_wide.toggled.connect(self._show_office_wide)
        ctx.read(_snapshot, self._loaded, owner=self)

    def _loaded(self, snapshot: dict) -> None:
        self.loaded = snapshot
        for code in CODES:
            effect = snapshot["effects"].get(code)
            if effect is None:
                continue
            self.months[code].setValue(effect.months)
            self.months[code].setEnabled(True)
            self.effects[code].setText(self.effect_text(code, effect))
        self.policy.setChecked(snapshot["policy"])
        self.policy.setEnabled(self.ctx.is_hq)
        self._show_policy(snapshot["policy"])
        self.office_wide.setChecked(snapshot["office_wide"])
        self.office_wide.setEnabled(not self.ctx.is_hq)
        self._show_office_wide(snapshot["office_wide"])

    def _show_office_wide(self, on: bool) -> None:
        if on:
            text = self.tr("Whatever their consent, participants reach headquarters under the pseudonym only, without "
                           "contacts, organisation, position or files.") + " " + \
                self.tr("This office's reports for sharing and spreadsheets show the pseudonyms too.")
        else:
            text = self.tr("Participants who consent to share their name reach headquarters by name, with their "
                           "files; the others under the pseudonym.")
        if self.loaded is not None and on != self.loaded["office_wide"]:
            text += " " + (self.tr("When you press OK, every participant of this office is sent again with the next "
                                   "bundle, and headquarters replaces the names and removes the files it holds.") if on
                           else self.tr("When you press OK, every participant of this office is sent again with the "
                                        "next bundle, by name where they consent."))
        self.office_wide_effect.setText(text)

    def _show_policy(self, on: bool) -> None:
        if on:
            text = self.tr("Every participant is sent to headquarters under a pseudonym, whatever their consent; the "
                           "offices' reports for sharing and spreadsheets show the pseudonyms too. Names stay in the "
                           "offices.")
        else:
            text = self.tr("A participant's name is sent to headquarters unless they did not consent to share it.")
        if self.ctx.is_hq and on and self.loaded is not None and not self.loaded["policy"]:
            text += " " + self.tr("When you press OK, the names of the offices' participants held here are replaced "
                                  "by their pseudonyms.")
        elif not self.ctx.is_hq:
            text = self.tr("Set by headquarters.") + " " + text
        self.policy_effect.setText(text)

    def effect_text(self, code: str, effect) -> str:
        if not effect.enabled:
            return self.tr("Not in use.")
        lines = []
        if effect.due:
            now = {"contact_details": self.tr("Participants whose contact details are removed at today's sweep: %1"),
                   "erasure_records": self.tr("Erasure records removed at today's sweep: %1"),
                   "manual_backups": self.tr("Manual backups proposed for deletion now: %1")}[code]
            lines.append(now.replace("%1", format_number(len(effect.due))))
        if effect.kept:
            lines.append(self.tr("Erasure records past this period, kept until every office that must apply them has "
                                 "acknowledged them: %1").replace("%1", format_number(len(effect.kept))))
        if effect.next_date:
            then = {"contact_details": self.tr("Participants whose contact details will be removed on %1: %2"),
                    "erasure_records": self.tr("Erasure records that will be removed on %1: %2"),
                    "manual_backups": self.tr("Manual backups proposed for deletion on %1: %2")}[code]
            lines.append(then.replace("%1", format_date(date.fromisoformat(effect.next_date)))
                         .replace("%2", format_number(effect.next_count)))
        return "\n".join(lines) or self.tr("Nothing in the next 90 days.")

    def save(self) -> None:
        """At headquarters, the changed months written through the services (they travel to every office); at an
        office, its own pseudonym setting."""
        if self.loaded is None:
            return
        if not self.ctx.is_hq:
            office_wide = self.office_wide.isChecked()
            if office_wide != self.loaded["office_wide"]:
                self.ctx.write(lambda fd: set_in_use(fd, office_wide))
            return
        policy = self.policy.isChecked()
        if policy != self.loaded["policy"]:
            self.ctx.write(lambda fd: set_policy(fd, policy))
        # each rule's months as typed, with the months shown when the section was read: a period saved meanwhile by
        # another headquarters user is kept as a conflict (``base=``), as a form's save does
        changed = {self.loaded["ids"][c]: (self.months[c].value(), self.loaded["effects"][c].months) for c in CODES
                   if c in self.loaded["effects"] and self.months[c].value() != self.loaded["effects"][c].months}
        if not changed:
            return

        def write(fd) -> None:
            for record_id, (months, shown) in changed.items():
                fd.retention_rules.update(record_id, {"months": months}, base={"months": shown})

        self.ctx.write(write)
