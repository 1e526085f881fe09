"""Screenshots of the Sync page: an office and headquarters that have exchanged bundles, with a conflict."""

from __future__ import annotations

from pathlib import Path


def make_network(folder: Path, demo_profile: Path) -> tuple[Path, Path]:
    """Headquarters and the demo office (a copy), trusting each other, after two exchanges and a conflict."""
    import shutil

    from app.services import FieldDesk
    from app.services.profile.keys import create_identity, load_identity, trust_card
    from app.sync.export import export_bundle
    from app.sync.importer import import_bundle

    office_path, hq_path = folder / "office", folder / "hq"
    shutil.copytree(demo_profile, office_path)
    with FieldDesk.create(hq_path, office_code="HQ", office_name="OHCHR Geneva", role="hq", country_code="CH") as hq, \
            FieldDesk.open(office_path) as office:
        for fd in (hq, office):
            create_identity(fd)
        trust_card(office, load_identity(hq).card)
        trust_card(hq, load_identity(office).card)
        for code, name in (("MW-01", "Lilongwe office"), ("MN-01", "Ulaanbaatar office")):
            with FieldDesk.create(folder / code, office_code=code, office_name=name) as other:
                create_identity(other)
                trust_card(hq, load_identity(other).card)
        export_bundle(office, "HQ", folder / "1.fdb")
        import_bundle(hq, folder / "1.fdb")
        person = office.participants.ids()[0]
        office.participants.update(person, {"position": "Magistrate of the appeals court"})
        hq.participants.update(person, {"position": "President of the court"})
        export_bundle(hq, "GT-01", folder / "2.fdb")
        import_bundle(office, folder / "2.fdb")
        export_bundle(office, "HQ", folder / "3.fdb")  # lost on the way
        office.participants.update(office.participants.ids()[1], {"position": "Prosecutor"})
        export_bundle(office, "HQ", folder / "4.fdb")
        import_bundle(hq, folder / "4.fdb")
    return office_path, hq_path


def sync_screens(app, scratch: Path, demo_profile: Path, shoot, open_context, window_on, wait_idle,
                 language: str = "en", only: frozenset[str] | None = None) -> None:
    """The Sync page's tabs in ``language`` (``only`` those named); the network is made once per run."""
    network = scratch / "network"
    office_path, hq_path = (network / "office", network / "hq") if (network / "hq").is_dir() else \
        make_network(network, demo_profile)
    for path, shots in ((office_path, [("sync", "exchange"), ("sync-conflicts", "conflicts")]),
                        (hq_path, [("sync-offices", "offices"), ("sync-history", "history"), ("sync-keys", "keys")])):
        shots = [(name, tab) for name, tab in shots if only is None or name in only]
        if not shots:
            continue
        ctx = open_context(app, path, scratch / f"settings-{path.name}-{language}.ini", language)
        for name, tab in shots:
            window = window_on(ctx, "sync")
            page = window.current_page
            page.tabs.setCurrentWidget(getattr(page, tab))
            wait_idle(ctx)
            shoot.save(window, name)
            window.close()
        ctx.tasks.shutdown()
        ctx.fd.close()
