"""Reviews across sites (SQLite and PostgreSQL headquarters): an office's country review with its team, an interview
reusing one of its meetings, a finding and a recommendation reaches headquarters, which sees it due once its period
has ended and finds it in the dossier; headquarters' synthesis, making it final, comes back to the office."""

from __future__ import annotations

from datetime import date, timedelta

from app.services.programme.due import due_items, today_of
from app.services.programme.review_dossier import dossier, scope_of
from app.services.programme.reviews import add_recommendation
from app.services.store.seed import country_id, stakeholder_type_id, theme_id


def test_a_review_travels_both_ways(net):
    hq, gt = net["HQ"], net["GT-01"]
    ended = today_of(gt) - timedelta(days=60)
    mission = gt.missions.create({"title": "Misión de justicia", "country_id": country_id("GT"),
                                  "theme_ids": [theme_id("justice")], "start_date": date(2025, 2, 3)})
    meeting = gt.service("stakeholder_meeting").create({"mission_id": mission, "organisation": "Organismo Judicial",
                                                        "stakeholder_type_id": stakeholder_type_id("judiciary")})
    review = gt.reviews.create({"title": "Examen de país", "kind": "country", "status": "in_progress",
                                "period_from": date(2025, 1, 1), "period_to": ended,
                                "country_ids": [country_id("GT")], "theme_ids": [theme_id("justice")]})
    gt.review_members.create({"review_id": review, "name": "Lucía Méndez", "role": "Jefa de equipo"})
    gt.review_interviews.create({"review_id": review, "meeting_id": meeting})
    gt.review_findings.create({"review_id": review, "text": "El registro de casos funciona.", "sort_order": 1})
    rec = add_recommendation(gt, review, {"text": "Ampliar el registro.", "country_id": country_id("GT"),
                                          "thematic_area_id": theme_id("justice")})
    net.sync("GT-01", "HQ")
    assert hq.reviews.get(review).recommendation_ids == [rec] and hq.recommendations.get(rec).source == "review"
    assert hq.review_interviews.get(hq.review_interviews.ids()[0]).meeting_id == meeting
    assert [(i.kind, i.office) for i in due_items(hq) if i.table == "review"] == [("review_synthesis", "GT-01")]
    d = dossier(hq, scope_of(hq, "GT", "justice"))
    assert [r["title"] for r in d.reviews] == ["Examen de país"] and [r["id"] for r in d.recommendations] == [rec]
    hq.reviews.update(review, {"synthesis": "Se mantiene donde el poder judicial lo asume.", "status": "final"})
    net.sync("HQ", "GT-01")
    assert gt.reviews.get(review).status == "final"
    assert [i for i in due_items(gt) if i.table == "review"] == []
