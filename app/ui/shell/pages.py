"""The pages of the side bar, in order. To add a page, add an entry here: a key, a translated title and a factory
(imported when the page is first opened, so the first screen does not wait for the others)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from app.ui.context import AppContext
    from app.ui.widgets.page import Page


@dataclass(frozen=True)
class PageEntry:
    key: str
    source_title: str  # English, translated when shown
    module: str
    factory_name: str

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Pages", self.source_title)

    def create(self, ctx: AppContext) -> Page:
        factory: Callable[[AppContext], Page] = getattr(importlib.import_module(self.module), self.factory_name)
        page = factory(ctx)
        page.key = self.key
        return page


PAGES: list[PageEntry] = [
    PageEntry("dashboard", QT_TRANSLATE_NOOP("Pages", "Dashboard"), "app.ui.dashboard.page", "DashboardPage"),
    PageEntry("missions", QT_TRANSLATE_NOOP("Pages", "Missions"), "app.ui.missions.page", "MissionsPage"),
    PageEntry("trainings", QT_TRANSLATE_NOOP("Pages", "Trainings"), "app.ui.trainings.page", "TrainingsPage"),
    PageEntry("participants", QT_TRANSLATE_NOOP("Pages", "Participants"), "app.ui.participants.page",
              "ParticipantsPage"),
    PageEntry("recommendations", QT_TRANSLATE_NOOP("Pages", "Recommendations"), "app.ui.recommendations.page",
              "RecommendationsPage"),
    PageEntry("requests", QT_TRANSLATE_NOOP("Pages", "Requests"), "app.ui.requests.page", "RequestsPage"),
    PageEntry("projects", QT_TRANSLATE_NOOP("Pages", "Projects"), "app.ui.projects.page", "ProjectsPage"),
    PageEntry("experts", QT_TRANSLATE_NOOP("Pages", "Experts"), "app.ui.experts.page", "ExpertsPage"),
    PageEntry("sync", QT_TRANSLATE_NOOP("Pages", "Sync"), "app.ui.sync.page", "SyncPage"),
    PageEntry("reports", QT_TRANSLATE_NOOP("Pages", "Reports"), "app.ui.reports.page", "ReportsPage"),
    PageEntry("due", QT_TRANSLATE_NOOP("Pages", "Due"), "app.ui.due.page", "DuePage"),
    PageEntry("lessons", QT_TRANSLATE_NOOP("Pages", "Lessons"), "app.ui.lessons.page", "LessonsPage"),
    PageEntry("plans", QT_TRANSLATE_NOOP("Pages", "Plans"), "app.ui.plans.page", "PlansPage"),
    PageEntry("institutions", QT_TRANSLATE_NOOP("Pages", "Institutions"), "app.ui.institutions.page",
              "InstitutionsPage"),
    PageEntry("fellowships", QT_TRANSLATE_NOOP("Pages", "Fellowships"), "app.ui.fellowships.page",
              "FellowshipsPage"),
    PageEntry("grants", QT_TRANSLATE_NOOP("Pages", "Grants"), "app.ui.grants.page", "GrantsPage"),
    PageEntry("reviews", QT_TRANSLATE_NOOP("Pages", "Reviews"), "app.ui.reviews.page", "ReviewsPage"),
    PageEntry("coordination", QT_TRANSLATE_NOOP("Pages", "Coordination"), "app.ui.coordination.page",
              "CoordinationPage"),
    PageEntry("fund", QT_TRANSLATE_NOOP("Pages", "Fund"), "app.ui.fund.page", "FundPage"),
    PageEntry("board", QT_TRANSLATE_NOOP("Pages", "Board"), "app.ui.board.page", "BoardPage"),
    PageEntry("lists", QT_TRANSLATE_NOOP("Pages", "Lists"), "app.ui.reference_lists.page", "ReferenceListsPage"),
]
