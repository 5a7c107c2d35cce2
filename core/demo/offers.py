"""Offers/requests of both towns and the interest demo volunteers have shown in some of them."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from core.demo._common import demo_id, org_id
from core.demo.offers_arnsberg import ARNSBERG_OFFERS
from core.demo.offers_menden import MENDEN_OFFERS
from core.demo.specs import Offer


def offer_specs() -> tuple[Offer, ...]:
    return ARNSBERG_OFFERS + MENDEN_OFFERS


def offer_id(key: str) -> str:
    return demo_id("offer", key)


def offer_records(today: date) -> list[tuple[str, dict[str, Any]]]:
    records: list[tuple[str, dict[str, Any]]] = []
    for o in offer_specs():
        values: dict[str, Any] = {
            "id": offer_id(o.key),
            "area": o.area,
            "direction": o.direction,
            "title": o.title,
            "description": o.description,
            "categories": list(o.categories),
            "municipality": o.municipality,
            "place": o.place,
            "online_possible": o.online,
            "commitment": o.commitment,
            "owner": o.owner,
            "status": o.status,
        }
        if o.hours is not None:
            values["hours"] = o.hours
        if o.availability:
            values["availability"] = o.availability
        if o.org is not None:
            values["organisation"] = org_id(o.org)
        if o.valid_days is not None:
            values["valid_until"] = (today + timedelta(days=o.valid_days)).isoformat()
        records.append(("offer", values))
    return records


# (offer key, from_user, message, status, answer of the offer's owner)
_INTERESTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("vorlesepaten-kita-neheim", "lena.vogt",
     "Hallo! Ich studiere Lehramt Grundschule und würde sehr gern dienstags in einer Kita vorlesen. "
     "Wann ist der nächste Vorbereitungsworkshop?",
     "neu", ""),
    ("nachhilfe-mathe-huesten", "lena.vogt",
     "Ich kann Mathe bis Klasse 10 gut erklären und wohne in Neheim. Donnerstags ab 16 Uhr würde passen.",
     "beantwortet",
     "Super, danke! Mein Bruder hat donnerstags Zeit. Wollen wir uns kommende Woche zum Kennenlernen treffen?"),
    ("vereinswebseite-heimatverein-oeventrop", "aylin.demir",
     "Ich baue beruflich Webseiten und helfe gern beim Umzug. Haben Sie schon einen Anbieter im Blick? "
     "Wichtig wäre mir, dass die Seite barrierearm wird.",
     "angenommen",
     "Wunderbar! Noch nicht – wir würden uns gern von Ihnen beraten lassen. Ich lade Sie zur nächsten "
     "Vorstandssitzung ein."),
    ("tafel-ausgabe-neheim", "aylin.demir",
     "Ich könnte freitags ab 13 Uhr bei der Ausgabe helfen, zunächst zweimal im Monat. Passt das?",
     "neu", ""),
    ("excel-vereinskasse", "sabine.hoffmann",
     "Für unsere neue Kassiererin im SV Ruhrtal wäre das ideal. Gern mit LibreOffice – geht auch ein "
     "Termin an einem Mittwochabend?",
     "beantwortet",
     "Ja, Mittwochabend klappt. Ich schicke Ihnen einen Link für eine Online-Sitzung."),
    ("tafel-ausgabe-menden", "jonas.kruse",
     "Ich habe samstags Zeit und kann auch schwere Kisten schleppen. Wann kann ich zur Einarbeitung kommen?",
     "angenommen",
     "Herzlich willkommen im Team! Kommen Sie zur Einarbeitung, den Termin finden Sie in Ihrem Kalender."),
    ("seniorengymnastik-tvl", "peter.schulte",
     "Ich mache selbst seit Jahren bei der Gymnastik mit und könnte mir vorstellen, die Gruppe zu "
     "übernehmen. Wie läuft das mit der Lizenz?",
     "beantwortet",
     "Das freut uns sehr! Die Lizenz dauert etwa vier Wochenenden beim Kreissportbund; wir melden Sie an."),
    ("bachpaten-hoenne-gesucht", "jonas.kruse",
     "Ich laufe fast täglich an der Hönne entlang und würde gern den Abschnitt in Lendringsen übernehmen.",
     "neu", ""),
    ("online-banking-suche", "jonas.kruse",
     "Das mache ich gern! Ich kann Ihnen auch zeigen, wie man Phishing-Mails erkennt.",
     "neu", ""),
    ("smartphone-hilfe-menden", "klaus.wiese",
     "Einige der Menschen, die ich als Lotse besuche, würden gern mitkommen. Darf ich sie auf Ihre "
     "Sprechstunde hinweisen?",
     "beantwortet",
     "Sehr gern – am besten freitags, da ist es ruhiger."),
)


def interest_records() -> list[tuple[str, dict[str, Any]]]:
    records: list[tuple[str, dict[str, Any]]] = []
    for key, user, message, status, answer in _INTERESTS:
        values: dict[str, Any] = {
            "id": demo_id("interest", f"{key}/{user}"),
            "offer": offer_id(key),
            "from_user": user,
            "message": message,
            "status": status,
        }
        if answer:
            values["answer"] = answer
        records.append(("interest", values))
    return records
