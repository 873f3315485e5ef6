"""A small, fixed network for tests: three night shelters, a day centre, four bed categories."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from relais_desk.services import partners
from relais_desk.services.actor import Actor
from relais_desk.store.database import Database

SYSTEM = Actor.system("tests")
SINCE = date(2020, 1, 1)
RECORDED = datetime(2020, 1, 1, 12, tzinfo=UTC)  # capacities known since then (tests may travel back in time)


def small_network(db: Database) -> None:
    for code, fr, en, order in (("hommes", "Hommes", "Men", 1), ("femmes", "Femmes", "Women", 2),
                                ("familles", "Familles", "Families", 3), ("mixte", "Mixte", "Mixed", 4)):
        partners.add_category(db, code=code, label_fr=fr, label_en=en, actor=SYSTEM, sort_order=order)
    partners.add_partner(db, actor=SYSTEM, kind="accueil_de_nuit", name="Abri Dourlet", city="Charleroi",
                         address="Rue de Dourlet 1", phone="071 00 00 01", quota_nights=7, quota_days=30)
    partners.add_partner(db, actor=SYSTEM, kind="accueil_de_nuit", name="Maison Bienvenue", city="Mons",
                         address="Rue cachée 2", phone="065 00 00 02", confidential_address=True)
    partners.add_partner(db, actor=SYSTEM, kind="accueil_de_nuit", name="Le Rebond", city="Charleroi")
    partners.add_partner(db, actor=SYSTEM, kind="accueil_de_jour", name="Comptoir de jour", city="Charleroi")
    partners.set_capacity(db, shelter="Abri Dourlet", category="hommes", beds=5, valid_from=SINCE, actor=SYSTEM, now=RECORDED,
                          dogs_accepted=True)
    partners.set_capacity(db, shelter="Abri Dourlet", category="femmes", beds=2, valid_from=SINCE, actor=SYSTEM, now=RECORDED)
    partners.set_capacity(db, shelter="Maison Bienvenue", category="femmes", beds=4, valid_from=SINCE, actor=SYSTEM, now=RECORDED,
                          wheelchair_accessible=True)
    partners.set_capacity(db, shelter="Maison Bienvenue", category="familles", beds=3, valid_from=SINCE,
                          actor=SYSTEM, counted_in_rooms=True, now=RECORDED)
    partners.set_capacity(db, shelter="Le Rebond", category="mixte", beds=1, valid_from=SINCE, actor=SYSTEM, now=RECORDED,
                          low_threshold=True, dogs_accepted=True)


def at_once(*jobs: Callable[[], object]) -> None:
    """Run the jobs in threads at the same moment (workstations racing), and wait for all of them."""
    import threading

    threads = [threading.Thread(target=job) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def sweep_from_two_clients(url: str, now: datetime) -> list[int]:
    """Two workstations expire holds at the same moment, each on its own connection; the ids they expired."""
    from relais_desk.services import beds

    clients = [Database(url), Database(url)]
    swept: list[list[int]] = []
    at_once(*(lambda d=d: swept.append(beds.expire_holds(d, now=now)) for d in clients))
    for d in clients:
        d.dispose()
    return sorted(sum(swept, []))
