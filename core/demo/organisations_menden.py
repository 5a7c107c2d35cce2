"""Organisations in Menden (Sauerland): Innenstadt, Lendringsen, Bösperde, Platte Heide, Halingen, Schwitten."""

from __future__ import annotations

from core.demo.specs import Org

M = "menden"

MENDEN: tuple[Org, ...] = (
    Org(
        "fwa-menden", "Freiwilligenagentur Menden", "freiwilligenzentrale", M,
        ("nachbarschaftshilfe", "bildung", "digitales"),
        "Die Freiwilligenagentur berät Menschen, die sich engagieren wollen, und Vereine, die Mitstreiter:innen "
        "suchen. Wir koordinieren die Pflege-Lots:innen in Menden, bieten Schulungen zu Datenschutz und digitaler "
        "Vereinsarbeit und organisieren den jährlichen Aktionstag Ehrenamt.",
        "Neumarkt 5, 58706 Menden (Innenstadt)", "Thomas Richter",
        "Offene Sprechstunde montags 14–17 Uhr und mittwochs 9–12 Uhr",
        email="freiwillig@fwa-menden.example", phone="0152 28832208", website="https://fwa-menden.example",
        accessibility=("stufenlos", "aufzug", "barrierefreies_wc", "leichte_sprache", "induktionsschleife"),
        admins=("thomas.richter",),
    ),
    Org(
        "tafel-menden", "Mendener Tafel e. V.", "verein", M, ("nachbarschaftshilfe",),
        "Jede Woche versorgen wir rund 350 Haushalte mit geretteten Lebensmitteln. Fahrer:innen, Sortierteams und "
        "Ausgabeteams arbeiten Hand in Hand; neue Helfer:innen werden in einer Schicht eingearbeitet.",
        "Fröndenberger Straße 88, 58706 Menden (Platte Heide)", "Irmgard Sauerwald",
        "Ausgabe mittwochs und samstags 10–13 Uhr; Sortieren montags ab 8 Uhr",
        email="info@mendener-tafel.example", phone="0152 28833519",
        accessibility=("stufenlos", "behindertenparkplatz", "barrierefreies_wc"),
    ),
    Org(
        "tv-lendringsen", "TV Lendringsen 1898 e. V.", "verein", M, ("sport", "senioren", "kinder_jugend"),
        "Turnen, Handball, Rehasport und Seniorengymnastik in der Sporthalle am Hönnetal. Der Vorstand möchte "
        "Mitgliederverwaltung, Beitragseinzug und die Vereinswebseite modernisieren – und dabei niemanden "
        "abhängen.",
        "Lendringser Hauptstraße 71, 58710 Menden (Lendringsen)", "Michael Brandt",
        "Hallenzeiten werktags 15–22 Uhr; Vorstand jeden zweiten Donnerstag, 19:30 Uhr",
        email="vorstand@tv-lendringsen.example", phone="0152 28834470", website="https://tv-lendringsen.example",
        accessibility=("stufenlos", "barrierefreies_wc", "behindertenparkplatz"),
        wants_coaching=True, admins=("michael.brandt",),
    ),
    Org(
        "heimatverein-lendringsen", "Heimatverein Lendringsen e. V.", "verein", M, ("kultur", "senioren"),
        "Unsere Heimatstube zeigt Handwerk, Bergbau und Alltag im Hönnetal. Wir sammeln Erinnerungen, pflegen "
        "Plattdeutsch und stellen jedes Frühjahr den Maibaum auf.",
        "Am Dorfplatz 3, 58710 Menden (Lendringsen)", "Michael Brandt",
        "Heimatstube sonntags 14–17 Uhr geöffnet; Plattdeutsch-Runde jeden ersten Dienstag, 18 Uhr",
        email="heimatstube@lendringsen.example",
        admins=("michael.brandt",),
    ),
    Org(
        "schuetzen-boesperde", "St.-Hubertus-Schützenbruderschaft Bösperde 1848", "verein", M,
        ("kultur", "kirche_religion"),
        "Schützenfest, Königsball und Brauchtum seit über 175 Jahren. Damit auch Jüngere den Weg zu uns finden, "
        "wollen wir auf Instagram sichtbar werden und Anmeldungen online annehmen – dabei hätten wir gern Hilfe.",
        "Bösperder Straße 112, 58708 Menden (Bösperde)", "Hauptmann Ludger Hesse",
        "Versammlung jeden letzten Freitag, 20 Uhr in der Schützenhalle",
        email="vorstand@hubertus-boesperde.example", phone="0172 9925952",
        accessibility=("stufenlos", "behindertenparkplatz"),
        wants_coaching=True,
    ),
    Org(
        "ev-kirchengemeinde-menden", "Ev. Kirchengemeinde Menden – Gemeindezentrum Platte Heide", "kirchengemeinde",
        M, ("kirche_religion", "kinder_jugend", "nachbarschaftshilfe"),
        "Kinderkirche, Konfi-Arbeit, Kleidertausch und ein offenes Gemeindecafé – viele Angebote leben vom "
        "Ehrenamt. Für den Gemeindebrief und die Kinderkirche suchen wir Verstärkung.",
        "Dortmunder Weg 14, 58706 Menden (Platte Heide)", "Pfarrer Jan-Hendrik Sollmann",
        "Gemeindecafé dienstags 15–17 Uhr; Kinderkirche jeden zweiten Sonntag, 11 Uhr",
        email="gemeindebuero@ev-menden.example", website="https://ev-menden.example",
        accessibility=("stufenlos", "barrierefreies_wc", "induktionsschleife"),
    ),
    Org(
        "kath-gemeinde-boesperde", "Kath. Gemeinde St. Josef Bösperde", "kirchengemeinde", M,
        ("kirche_religion", "senioren"),
        "Der Besuchskreis gratuliert älteren Gemeindemitgliedern zum Geburtstag und besucht Menschen, die nicht "
        "mehr aus dem Haus kommen. Einmal im Monat laden wir zum Seniorenfrühstück ein.",
        "Kirchplatz 2, 58708 Menden (Bösperde)", "Gemeindereferentin Petra Schlüter",
        "Seniorenfrühstück jeden ersten Mittwoch, 9 Uhr im Pfarrheim",
        phone="0152 28835521",
        accessibility=("stufenlos",),
    ),
    Org(
        "repaircafe-menden", "Repair-Café Menden", "initiative", M, ("umwelt_klima", "nachbarschaftshilfe"),
        "Im Bürgerhaus reparieren wir gemeinsam Elektrogeräte, Fahrräder, Kleidung und Spielzeug. Wer etwas "
        "bringt, schraubt mit – so lernen alle dazu. Rund 70 Prozent der Geräte gehen repariert nach Hause.",
        "Bahnhofstraße 27, 58706 Menden (Innenstadt), Bürgerhaus", "Ralf Bohnenkamp",
        "Jeden letzten Samstag im Monat, 10–14 Uhr",
        email="team@repaircafe-menden.example",
        accessibility=("stufenlos", "aufzug", "barrierefreies_wc"),
    ),
    Org(
        "lernwerkstatt-menden", "Lernwerkstatt Menden e. V.", "verein", M, ("bildung", "kinder_jugend",
                                                                               "integration"),
        "Kostenlose Lernförderung für Kinder aus Familien mit wenig Geld: Hausaufgabenhilfe, Leseclub und "
        "Mathe-Förderung in kleinen Gruppen. Ehrenamtliche Lernbegleiter:innen werden eingearbeitet und begleitet.",
        "Walramstraße 18, 58706 Menden (Innenstadt)", "Sevgi Aksoy",
        "Montag bis Donnerstag 14–16:30 Uhr",
        email="kontakt@lernwerkstatt-menden.example", phone="0152 28836604",
        accessibility=("stufenlos", "leichte_sprache"),
    ),
    Org(
        "willkommen-menden", "Willkommensinitiative Menden", "initiative", M, ("integration", "bildung"),
        "Wir begleiten geflüchtete und zugewanderte Familien beim Ankommen: Sprachcafé, Fahrradwerkstatt, "
        "Begleitung zu Ämtern und Hilfe bei der Wohnungssuche.",
        "Kolpingstraße 6, 58706 Menden (Innenstadt)", "Hanna Gerwin",
        "Sprachcafé donnerstags 17–19 Uhr; Fahrradwerkstatt samstags 11–14 Uhr",
        email="willkommen.menden@mail.example", phone="0172 9925968",
        accessibility=("stufenlos", "leichte_sprache"),
    ),
    Org(
        "sozialverband-menden", "Sozialverband Ortsverband Menden-Mitte", "sozialverband", M,
        ("senioren", "pflege_gesundheit", "inklusion"),
        "Sozialrechtsberatung, Hilfe bei Anträgen auf Pflegegrad oder Schwerbehindertenausweis und gesellige "
        "Nachmittage. Unsere Ehrenamtlichen sind geschult und zur Verschwiegenheit verpflichtet.",
        "Unnaer Straße 33, 58706 Menden (Innenstadt)", "Elke Brüggemann",
        "Beratung dienstags 9–12 Uhr nach Anmeldung",
        email="menden-mitte@sozialverband.example", phone="0152 28837715",
        accessibility=("stufenlos", "aufzug", "barrierefreies_wc", "behindertenparkplatz"),
    ),
    Org(
        "bachpaten-hoenne", "Bachpaten Hönne", "initiative", M, ("umwelt_klima", "kinder_jugend"),
        "Wir kümmern uns um Hönne, Oese und ihre Nebenbäche: Müll sammeln, Wasserproben mit Schulklassen, "
        "Neophyten wie das Drüsige Springkraut entfernen. Gummistiefel leihen wir aus.",
        "Treffpunkt Hönnebrücke am Hönneufer, 58710 Menden (Lendringsen)", "Dr. Sarah Lindner",
        "Aktionen etwa einmal im Monat samstags 10–13 Uhr",
        email="bachpaten.hoenne@mail.example",
    ),
    Org(
        "rettungsschwimmer-menden", "Rettungsschwimmer Menden e. V.", "verein", M,
        ("feuerwehr_rettung", "sport", "kinder_jugend"),
        "Schwimmausbildung für Kinder, Rettungsschwimmer-Abzeichen und Wachdienst am Freibad im Sommer. Unsere "
        "Vorstandssitzungen wollen wir künftig auch online abhalten.",
        "Am Freibad 2, 58710 Menden (Lendringsen)", "Kathrin Nölle",
        "Schwimmtraining dienstags 18 Uhr und samstags 9 Uhr im Hallenbad",
        email="info@rettungsschwimmer-menden.example", phone="0172 9925974",
        accessibility=("barrierefreies_wc", "behindertenparkplatz"),
        wants_coaching=True,
    ),
    Org(
        "theater-rampenlicht", "Theaterverein Rampenlicht Menden e. V.", "verein", M, ("kultur",),
        "Amateurtheater seit 1987: ein Herbststück, ein Weihnachtsmärchen für Kinder und Lesungen im Alten "
        "Rathaus. Auf, hinter und vor der Bühne ist Platz für alle, die gern spielen, bauen, nähen oder "
        "Tickets verkaufen.",
        "Am Alten Rathaus 1, 58706 Menden (Innenstadt)", "Birgit Schwarze",
        "Proben dienstags und donnerstags 19:30 Uhr",
        email="buehne@rampenlicht-menden.example", website="https://rampenlicht-menden.example",
        accessibility=("induktionsschleife",),
        wants_coaching=True,
    ),
    Org(
        "seniorentreff-boesperde", "Seniorentreff Bösperde", "initiative", M, ("senioren", "digitales"),
        "Gymnastik im Sitzen, Kaffeeklatsch und eine Smartphone-Sprechstunde, in der Jüngere Älteren geduldig "
        "helfen. Ein ehrenamtlicher Fahrdienst holt ab, wer nicht mehr gut zu Fuß ist.",
        "Halinger Weg 21, 58708 Menden (Bösperde)", "Gerda Plümpe",
        "Dienstags und freitags 14–17 Uhr",
        phone="0152 28838846",
        accessibility=("stufenlos", "barrierefreies_wc", "behindertenparkplatz"),
    ),
    Org(
        "hospizdienst-hoennetal", "Ambulanter Hospizdienst Hönnetal e. V.", "verein", M,
        ("pflege_gesundheit", "senioren"),
        "Wir begleiten schwerkranke und sterbende Menschen und ihre Angehörigen zu Hause und im Heim. "
        "Ehrenamtliche bereiten sich in einem Kurs über mehrere Monate vor; Supervision ist selbstverständlich.",
        "Hönnetalstraße 46, 58710 Menden (Lendringsen)", "Koordinatorin Andrea Vielhaber",
        "Büro werktags 9–12 Uhr; Trauercafé jeden zweiten Sonntag, 15 Uhr",
        email="begleitung@hospiz-hoennetal.example", phone="0152 28839950",
        accessibility=("stufenlos", "barrierefreies_wc"),
    ),
    Org(
        "katzenhilfe-menden", "Katzenhilfe Menden e. V.", "verein", M, ("tiere",),
        "Wir kastrieren und versorgen Streunerkatzen, päppeln Kitten auf und vermitteln sie in gute Hände. "
        "Pflegestellen und Fahrer:innen zum Tierarzt sind immer gesucht.",
        "", "Melanie Rüth",
        "Keine Anlaufstelle, telefonisch täglich 17–19 Uhr erreichbar",
        phone="0172 9925983",
    ),
    Org(
        "pfadfinder-rodenberg", "Pfadfinderstamm Rodenberg Menden", "verein", M, ("kinder_jugend", "umwelt_klima"),
        "Gruppenstunden für Wölflinge (7–10), Jungpfadfinder und Pfadfinder, Zeltlager im Sommer und die "
        "Friedenslicht-Aktion im Advent. Leitungen werden ausgebildet und erhalten die Juleica.",
        "Pfadfinderheim, Im Wiesengrund 4, 58708 Menden (Schwitten)", "Lukas Feldmann",
        "Gruppenstunden freitags 16:30–18 Uhr",
        email="stammesleitung@pfadfinder-rodenberg.example",
        accessibility=("stufenlos",),
    ),
)
