"""A review's recommendations: recommendation records whose source is "review", listed on the review
(``recommendation_ids``), each followed up like any other. Adding one writes the record and the review's list in one
transaction; taking one off the review deletes it (a tombstone, as every delete) and drops it from the list."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.models.enums import RecommendationSource

if TYPE_CHECKING:
    from app.services.core import FieldDesk

RECOMMENDATION_COLUMNS = ["text", "country_id", "thematic_area_id", "target_institution", "priority", "status",
                          "issued_date", "source"]


def review_recommendations(fd: FieldDesk, review_id: str) -> list[dict[str, Any]]:
    """The review's recommendations still recorded, in the review's order."""
    ids = fd.reviews.get_row(review_id)["recommendation_ids"] or []
    rows = {r["id"]: r for r in fd.recommendations.rows(ids, ["deleted", *RECOMMENDATION_COLUMNS])} if ids else {}
    return [rows[i] for i in ids if i in rows and not rows[i]["deleted"]]


def add_recommendation(fd: FieldDesk, review_id: str, data: dict[str, Any]) -> str:
    """Record a recommendation the review made (source "review") and list it on the review."""
    with fd.writing():
        ids = list(fd.reviews.get_row(review_id)["recommendation_ids"] or [])
        rid = fd.recommendations.create({**data, "source": RecommendationSource.REVIEW.value})
        fd.reviews.update(review_id, {"recommendation_ids": [*ids, rid]})
    return rid


def remove_recommendation(fd: FieldDesk, review_id: str, recommendation_id: str) -> None:
    with fd.writing():
        ids = list(fd.reviews.get_row(review_id)["recommendation_ids"] or [])
        fd.reviews.update(review_id, {"recommendation_ids": [i for i in ids if i != recommendation_id]})
        fd.recommendations.delete(recommendation_id)
