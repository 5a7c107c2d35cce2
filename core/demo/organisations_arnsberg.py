"""Organisations in Arnsberg: Neheim, Hüsten, Alt-Arnsberg, Oeventrop, Bruchhausen, Herdringen, Müschede."""

from __future__ import annotations

from core.demo.specs import Org

A = "arnsberg"

ARNSBERG: tuple[Org, ...] = (
    Org(
        "fwz-arnsberg", "Freiwilligenzentrale Arnsberg", "freiwilligenzentrale", A,
        ("nachbarschaftshilfe", "bildung", "digitales"),
        "Wir bringen Menschen, die sich engagieren möchten, mit Vereinen und Initiativen in allen Arnsberger "
        "Stadtteilen zusammen. Im Erstgespräch klären wir, was zu Ihnen passt – vom einmaligen Einsatz beim "
        "Stadtfest bis zur festen Patenschaft. Für Vereine bieten wir Coaching zur digitalen Vereinsarbeit und "
        "koordinieren die ehrenamtlichen Pflege-Lots:innen.",
        "Ruhrstraße 22, 59821 Arnsberg (Alt-Arnsberg)", "Katrin Berg",
        "Sprechstunde dienstags 10–12 Uhr und donnerstags 15–18 Uhr, sonst nach Vereinbarung",
        email="kontakt@fwz-arnsberg.example", phone="0152 28817410", website="https://fwz-arnsberg.example",
        accessibility=("stufenlos", "aufzug", "barrierefreies_wc", "induktionsschleife", "leichte_sprache"),
        admins=("katrin.berg",),
    ),
    Org(
        "tafel-neheim", "Neheimer Tafel e. V.", "verein", A, ("nachbarschaftshilfe",),
        "Wir retten Lebensmittel aus Supermärkten und Bäckereien der Umgebung und geben sie an Menschen mit "
        "geringem Einkommen weiter. Rund 60 Ehrenamtliche holen ab, sortieren und verteilen – jede Hand zählt, "
        "auch für zwei Stunden im Monat.",
        "Lange Wende 17, 59755 Arnsberg (Neheim)", "Gisela Rademacher",
        "Ausgabe dienstags und freitags 13–16 Uhr; Sortieren ab 9 Uhr",
        email="info@neheimer-tafel.example", phone="0152 28820417",
        accessibility=("stufenlos", "behindertenparkplatz"),
    ),
    Org(
        "sv-ruhrtal-oeventrop", "SV Ruhrtal Oeventrop 1921 e. V.", "verein", A, ("sport", "kinder_jugend"),
        "Breitensport für alle Generationen: Fußball, Turnen, Walking und Gymnastik für Ältere. 480 Mitglieder, "
        "davon fast die Hälfte Kinder und Jugendliche. Wir möchten Vorstandssitzungen und Mitgliederverwaltung "
        "digitaler aufstellen und suchen Unterstützung dabei.",
        "Glösinger Straße 40, 59823 Arnsberg (Oeventrop)", "Sabine Hoffmann",
        "Training werktags ab 16 Uhr; Vorstand jeden ersten Dienstag im Monat, 19:30 Uhr",
        email="vorstand@sv-ruhrtal.example", phone="0152 28821936", website="https://sv-ruhrtal.example",
        accessibility=("stufenlos", "barrierefreies_wc"),
        wants_coaching=True, admins=("sabine.hoffmann",),
    ),
    Org(
        "loeschzug-oeventrop", "Förderverein Löschzug Oeventrop e. V.", "verein", A,
        ("feuerwehr_rettung", "kinder_jugend"),
        "Wir unterstützen die Freiwillige Feuerwehr im Ort: Ausrüstung für die Jugendfeuerwehr, "
        "Brandschutzerziehung in Kitas und der Tag der offenen Tür im Spätsommer. Fördermitglied kann jede:r "
        "werden – auch ohne Einsatzdienst.",
        "Kirchstraße 58, 59823 Arnsberg (Oeventrop)", "Sabine Hoffmann",
        "Jugendfeuerwehr freitags 18 Uhr am Gerätehaus",
        email="foerderverein@loeschzug-oeventrop.example",
        accessibility=("stufenlos", "behindertenparkplatz"),
        admins=("sabine.hoffmann",),
    ),
    Org(
        "heimatverein-oeventrop", "Heimatverein Oeventrop e. V.", "verein", A, ("kultur", "umwelt_klima"),
        "Wir pflegen Dorfgeschichte, Wanderwege und das Backhaus am Dorfplatz. Unsere Dorfchronik mit über 3.000 "
        "Fotos soll digitalisiert und online zugänglich werden – dafür wünschen wir uns Coaching und junge "
        "Mitstreiter:innen.",
        "Dinscheder Straße 9, 59823 Arnsberg (Oeventrop)", "Sabine Hoffmann",
        "Stammtisch jeden zweiten Mittwoch, 19 Uhr im Backhaus; Wandergruppe sonntags 10 Uhr",
        email="heimat@oeventrop.example", website="https://heimatverein-oeventrop.example",
        wants_coaching=True, admins=("sabine.hoffmann",),
    ),
    Org(
        "heimatverein-bruchhausen", "Heimat- und Verkehrsverein Bruchhausen e. V.", "verein", A,
        ("kultur", "umwelt_klima", "senioren"),
        "Rund um Kapelle, Dorfbrunnen und die Wanderwege Richtung Ruhr kümmern wir uns um Bänke, Wegezeichen "
        "und das Dorffest. Neu ist unser Erzählcafé, in dem Ältere von früher berichten und Schüler:innen mitschreiben.",
        "Am Dorfbrunnen 6, 59759 Arnsberg (Bruchhausen)", "Werner Stute",
        "Erzählcafé jeden dritten Donnerstag, 15 Uhr im Pfarrheim",
        phone="0152 28823305",
    ),
    Org(
        "repaircafe-neheim", "Repair-Café Neheim", "initiative", A, ("umwelt_klima", "nachbarschaftshilfe"),
        "Toaster kaputt, Hose gerissen, Fahrradlicht tot? Gemeinsam reparieren wir, statt wegzuwerfen. "
        "Ehrenamtliche Tüftler:innen zeigen, wie es geht; Kaffee und Kuchen gibt es gegen Spende.",
        "Burgstraße 31, 59755 Arnsberg (Neheim), im Bürgerhaus", "Jörg Kettler",
        "Jeden zweiten Samstag im Monat, 10–13 Uhr",
        email="hallo@repaircafe-neheim.example",
        accessibility=("stufenlos", "aufzug", "barrierefreies_wc", "assistenzhunde"),
    ),
    Org(
        "sprachcafe-huesten", "Sprachcafé Hüsten – Begegnung ohne Grenzen", "initiative", A,
        ("integration", "bildung"),
        "Bei Tee und Gebäck üben Neuzugewanderte Deutsch im Gespräch – ganz ohne Unterrichtsdruck. Wir vermitteln "
        "außerdem Sprachpatenschaften und begleiten zu Behördenterminen.",
        "Marktstraße 12, 59759 Arnsberg (Hüsten)", "Ewa Nowak",
        "Mittwochs 16:30–18:30 Uhr, in den Schulferien alle zwei Wochen",
        email="sprachcafe.huesten@posteo.example", phone="0172 9925911",
        accessibility=("stufenlos", "leichte_sprache"),
    ),
    Org(
        "ev-kirchengemeinde-neheim", "Ev. Christus-Kirchengemeinde Neheim", "kirchengemeinde", A,
        ("kirche_religion", "senioren", "nachbarschaftshilfe"),
        "Neben Gottesdiensten tragen Ehrenamtliche unseren Besuchsdienst, den Mittagstisch „Satt und froh“ und "
        "die Kleiderstube. Wer mitmachen möchte, muss nicht Gemeindemitglied sein.",
        "Goethestraße 19, 59755 Arnsberg (Neheim)", "Pfarrerin Dorothee Lammers",
        "Mittagstisch donnerstags 12 Uhr; Besuchsdienst-Treffen jeden ersten Montag, 17 Uhr",
        email="gemeindebuero@christus-neheim.example", phone="0152 28824410",
        website="https://christus-neheim.example",
        accessibility=("stufenlos", "barrierefreies_wc", "induktionsschleife"),
    ),
    Org(
        "caritas-alt-arnsberg", "Kath. Gemeinde St. Elisabeth – Caritas-Konferenz Alt-Arnsberg", "kirchengemeinde",
        A, ("kirche_religion", "senioren", "pflege_gesundheit"),
        "Unsere Caritas-Konferenz organisiert einen ehrenamtlichen Fahrdienst zu Arztterminen, Geburtstagsbesuche "
        "und die Weihnachtsaktion „Päckchen für Nachbarn“. Fahrer:innen bekommen Kilometergeld.",
        "Klosterstraße 4, 59821 Arnsberg (Alt-Arnsberg)", "Hubertus Falke",
        "Konferenz jeden letzten Dienstag, 18 Uhr im Pfarrsaal",
        email="caritas@st-elisabeth-arnsberg.example", phone="0152 28826673",
        accessibility=("stufenlos",),
    ),
    Org(
        "sozialverband-huesten", "Sozialverband Ortsverband Hüsten", "sozialverband", A,
        ("senioren", "pflege_gesundheit", "inklusion"),
        "Wir beraten Mitglieder zu Rente, Schwerbehinderung und Pflege und helfen beim Ausfüllen von Anträgen. "
        "Ehrenamtliche begleiten auf Wunsch zu Terminen bei Behörden und Kassen.",
        "Heinrich-Lübke-Straße 27, 59759 Arnsberg (Hüsten)", "Rolf Sasse",
        "Beratung montags 9–12 Uhr nach Anmeldung; Mitgliedertreff jeden zweiten Freitag, 15 Uhr",
        phone="0152 28827741", email="ov-huesten@sozialverband.example",
        accessibility=("stufenlos", "aufzug", "barrierefreies_wc", "behindertenparkplatz", "gebaerdensprache"),
    ),
    Org(
        "foerderverein-gs-moosfelde", "Förderverein der Grundschule Moosfelde e. V.", "verein", A,
        ("kinder_jugend", "bildung"),
        "Wir finanzieren Leseförderung, Ausflüge und die Hausaufgabenhilfe in der Offenen Ganztagsschule und "
        "suchen Ehrenamtliche, die Kinder beim Lernen begleiten.",
        "Moosfelder Weg 8, 59755 Arnsberg (Neheim-Moosfelde)", "Anja Wiegelmann",
        "Hausaufgabenhilfe montags bis donnerstags 13:30–15 Uhr",
        email="foerderverein@gs-moosfelde.example",
        accessibility=("stufenlos", "barrierefreies_wc"),
    ),
    Org(
        "naturschutz-arnsberger-wald", "Naturschutzgruppe Arnsberger Wald", "initiative", A,
        ("umwelt_klima",),
        "Wir pflanzen klimaresiliente Mischwälder auf Kalamitätsflächen, betreuen Nistkästen und räumen zweimal "
        "im Jahr Müll aus dem Wald. Mitmachen kann jede:r ab 8 Jahren (Kinder mit Begleitung).",
        "Treffpunkt Wanderparkplatz Rumbecker Höhe, 59821 Arnsberg (Rumbeck)", "Dr. Frank Schmelter",
        "Arbeitseinsätze meist samstags 9–13 Uhr, Termine im Kalender",
        email="wald@naturschutz-arnsberg.example",
    ),
    Org(
        "seniorennetz-huesten", "Seniorennetzwerk Hüsten", "initiative", A, ("senioren", "digitales"),
        "Ältere für Ältere: Spaziergänge, Spielenachmittage und unsere Digital-Sprechstunde, in der Ehrenamtliche "
        "bei Smartphone, Tablet und Online-Terminbuchung helfen. Wir möchten selbst digitaler werden und wünschen "
        "uns Coaching.",
        "Bahnhofstraße 61, 59759 Arnsberg (Hüsten), Begegnungsstätte", "Ursula Köhler",
        "Digital-Sprechstunde donnerstags 15–17 Uhr; Spielenachmittag montags 14:30 Uhr",
        phone="0152 28829052",
        accessibility=("stufenlos", "barrierefreies_wc", "induktionsschleife", "leichte_sprache"),
        wants_coaching=True,
    ),
    Org(
        "stiftung-ruhrbogen", "Stiftung Ruhrbogen – Engagement in Arnsberg", "stiftung", A,
        ("bildung", "nachbarschaftshilfe", "kultur"),
        "Die Bürgerstiftung fördert kleine Projekte mit bis zu 1.500 Euro und vergibt jährlich den Ehrenamtspreis "
        "„Ruhrbogen-Herz“. Anträge sind formlos möglich, wir beraten gern vorher.",
        "Königstraße 15, 59821 Arnsberg (Alt-Arnsberg)", "Christiane Böhmer",
        "Vergabeausschuss tagt viermal im Jahr",
        email="foerderung@stiftung-ruhrbogen.example", website="https://stiftung-ruhrbogen.example",
        accessibility=("stufenlos", "aufzug"),
    ),
    Org(
        "tierschutz-arnsberg", "Tierschutzverein Arnsberg und Umgebung e. V.", "verein", A, ("tiere",),
        "Wir betreiben eine kleine Tierauffangstation in Müschede und vermitteln Hunde, Katzen und Kleintiere. "
        "Gesucht werden Gassigeher:innen, Pflegestellen und Hilfe bei Festen.",
        "Zum Wiegenbusch 3, 59757 Arnsberg (Müschede)", "Nadine Korte",
        "Besuchszeiten mittwochs und samstags 14–17 Uhr",
        email="station@tierschutz-arnsberg.example", phone="0152 28831174",
        accessibility=("behindertenparkplatz",),
    ),
    Org(
        "inklusionsnetz-neheim", "Inklusionsnetz Neheim e. V.", "verein", A, ("inklusion", "kultur", "sport"),
        "Freizeit ohne Hürden: Menschen mit und ohne Behinderung gehen gemeinsam ins Kino, kegeln, kochen und "
        "fahren ans Meer. Wir suchen Begleiter:innen, die Zeit und Geduld mitbringen.",
        "Mendener Straße 52, 59755 Arnsberg (Neheim)", "Martin Grewe",
        "Offener Treff freitags 17–20 Uhr",
        email="treff@inklusionsnetz.example", phone="0172 9925937",
        accessibility=("stufenlos", "aufzug", "barrierefreies_wc", "leichte_sprache", "gebaerdensprache",
                       "assistenzhunde", "behindertenparkplatz"),
    ),
    Org(
        "jugendtreff-mueschede", "Offener Jugendtreff Müschede", "sonstige", A, ("kinder_jugend",),
        "Kickern, kochen, Hausaufgaben, reden: Der Jugendtreff ist Anlaufstelle für 10- bis 18-Jährige. Eine "
        "Sozialarbeiterin leitet das Team, Ehrenamtliche bieten Koch- und Werkabende an.",
        "Schulstraße 5, 59757 Arnsberg (Müschede)", "Kira Hennecke",
        "Montag bis Freitag 15–20 Uhr",
        email="jugendtreff.mueschede@mail.example",
    ),
    Org(
        "lesepaten-arnsberg", "Lesepaten Arnsberg", "initiative", A, ("bildung", "kinder_jugend", "kultur"),
        "Über 40 Vorlesepat:innen lesen in Kitas, Grundschulen und der Stadtbücherei vor. Wir bereiten neue "
        "Pat:innen in einem kurzen Workshop vor und vermitteln sie in ihre Nähe.",
        "Treffpunkt Stadtbücherei, Lange Wende 32, 59755 Arnsberg (Neheim)", "Brigitte Osterhoff",
        "Austauschtreffen jeden ersten Montag im Quartal, 18 Uhr",
        email="lesepaten-arnsberg@mail.example",
        accessibility=("stufenlos", "aufzug", "barrierefreies_wc"),
    ),
    Org(
        "musikverein-herdringen", "Musikverein Herdringen 1892 e. V.", "verein", A, ("kultur", "kinder_jugend"),
        "Blasmusik von Marsch bis Filmmusik, ein Jugendorchester und Bläserklassen an der Grundschule. Für die "
        "Mitgliederverwaltung und die Webseite suchen wir digitale Unterstützung.",
        "Schlossstraße 14, 59757 Arnsberg (Herdringen)", "Andreas Wulf",
        "Probe freitags 19:30 Uhr; Jugendorchester samstags 10 Uhr",
        email="info@mv-herdringen.example", website="https://mv-herdringen.example",
        wants_coaching=True,
    ),
)
