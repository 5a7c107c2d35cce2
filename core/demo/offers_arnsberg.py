"""Offers and requests in Arnsberg (Ehrenamt and Wissensbörse)."""

from __future__ import annotations

from core.demo.specs import Offer

A = "arnsberg"
E, W = "ehrenamt", "wissen"
B, S = "biete", "suche"
ONCE = "einmalig"

ARNSBERG_OFFERS: tuple[Offer, ...] = (
    Offer("smartphone-senioren-huesten", W, B, "Smartphone-Hilfe für Senioren",
          "Ich erkläre in Ruhe, wie WhatsApp, Fotos und Videoanrufe mit den Enkeln funktionieren – und wie man "
          "die Schrift größer stellt oder einen Notfallkontakt einrichtet. Bitte das eigene Gerät mitbringen, "
          "geladen und mit PIN. Keine Frage ist zu klein.",
          ("digitales", "senioren"), A, "Hüsten, Begegnungsstätte Bahnhofstraße", "aylin.demir",
          hours=2, availability="donnerstags 15–17 Uhr, in der Digital-Sprechstunde"),
    Offer("nachhilfe-mathe-huesten", W, S, "Nachhilfe Mathe für die 8. Klasse",
          "Mein jüngerer Bruder (Realschule) hängt bei linearen Funktionen und Gleichungssystemen hinterher. "
          "Wir suchen jemanden, der einmal pro Woche geduldig mit ihm übt – gern Studierende oder Lehrkräfte "
          "im Ruhestand. Eine kleine Aufwandsentschädigung zahlen wir gern.",
          ("bildung", "kinder_jugend"), A, "Hüsten oder online", "aylin.demir",
          hours=1, availability="nachmittags ab 16 Uhr, nicht freitags", online=True),
    Offer("tafel-ausgabe-neheim", E, S, "Helfer:innen für die Lebensmittelausgabe",
          "Bei der Ausgabe packen wir Tüten, geben Obst und Gemüse aus und haben ein offenes Ohr für unsere "
          "Kund:innen. Keine Vorkenntnisse nötig; festes Schuhwerk und ein Gesundheitszeugnis (stellen wir mit "
          "Ihnen zusammen aus) genügen.",
          ("nachbarschaftshilfe",), A, "Neheim, Lange Wende", "katrin.berg",
          hours=3, availability="dienstags oder freitags 12:30–16 Uhr", org="tafel-neheim"),
    Offer("tafel-fahrer-neheim", E, S, "Fahrer:in für Abholtouren bei Supermärkten",
          "Mit unserem Kühltransporter (Führerschein Klasse B genügt) holen Sie morgens Spenden bei sechs Märkten "
          "in Neheim und Hüsten ab. Eine Tour dauert etwa drei Stunden, ein:e Beifahrer:in hilft beim Tragen.",
          ("nachbarschaftshilfe", "umwelt_klima"), A, "Neheim und Hüsten", "katrin.berg",
          hours=3, availability="dienstags oder freitags 8–11 Uhr", org="tafel-neheim"),
    Offer("hausaufgabenhilfe-moosfelde", E, S, "Hausaufgabenhilfe in der OGS Moosfelde",
          "Drei bis fünf Kinder der Klassen 2 bis 4 machen bei Ihnen Hausaufgaben – Sie lesen mit, erklären und "
          "loben. Ein erweitertes Führungszeugnis ist nötig, die Kosten übernimmt der Förderverein.",
          ("kinder_jugend", "bildung"), A, "Neheim-Moosfelde, Grundschule", "katrin.berg",
          hours=2, availability="mindestens ein fester Nachmittag, Mo–Do 13:30–15 Uhr",
          org="foerderverein-gs-moosfelde"),
    Offer("sprachcafe-huesten-gespraech", E, S, "Gesprächspartner:innen für das Sprachcafé",
          "Sie unterhalten sich mit Menschen, die Deutsch lernen – über Alltag, Arbeit, Rezepte, Fußball. "
          "Lehrerfahrung ist nicht nötig, Geduld und Neugier schon.",
          ("integration", "bildung"), A, "Hüsten, Marktstraße", "katrin.berg",
          hours=2, availability="mittwochs 16:30–18:30 Uhr", org="sprachcafe-huesten"),
    Offer("sprachpatenschaft-huesten", E, S, "Sprachpat:in für eine syrische Familie",
          "Familie A. (Eltern, drei Kinder) wünscht sich eine feste Ansprechperson, die einmal pro Woche zum "
          "Üben vorbeikommt und bei Briefen von Schule und Jobcenter hilft.",
          ("integration", "nachbarschaftshilfe"), A, "Hüsten", "katrin.berg",
          hours=2, availability="flexibel nach Absprache", org="sprachcafe-huesten", status="matched"),
    Offer("repaircafe-neheim-elektro", E, S, "Elektro-Tüftler:innen fürs Repair-Café",
          "Sie können Lötkolben und Multimeter bedienen und finden Wackelkontakte? Dann verstärken Sie unser "
          "Team an der Elektrotheke. Sicherheitsprüfung nach jeder Reparatur übernimmt ein Elektromeister.",
          ("umwelt_klima", "nachbarschaftshilfe"), A, "Neheim, Bürgerhaus Burgstraße", "katrin.berg",
          hours=3, availability="jeden zweiten Samstag, 10–13 Uhr", org="repaircafe-neheim"),
    Offer("naehhilfe-repaircafe", W, B, "Näh- und Flickhilfe: Reißverschluss, Saum, Loch",
          "Ich nähe seit 20 Jahren und zeige Ihnen an der Nähmaschine, wie Sie Hosen kürzen, Reißverschlüsse "
          "tauschen oder Löcher unsichtbar stopfen. Treffpunkt ist das Repair-Café.",
          ("umwelt_klima", "bildung"), A, "Neheim, Bürgerhaus Burgstraße", "lena.vogt",
          hours=3, availability="jeden zweiten Samstag, 10–13 Uhr"),
    Offer("vorlesepaten-kita-neheim", E, S, "Vorlesepat:innen für Kitas in Neheim",
          "Einmal pro Woche eine halbe Stunde vorlesen – für viele Kinder ist das der schönste Moment des Tages. "
          "Wir bereiten Sie in einem zweistündigen Workshop vor und stellen Bücherkisten bereit.",
          ("bildung", "kinder_jugend", "kultur"), A, "Neheim, Kitas Moosfelde und Lange Wende", "katrin.berg",
          hours=1, availability="vormittags zwischen 9 und 11 Uhr", org="lesepaten-arnsberg"),
    Offer("fahrdienst-arzt-alt-arnsberg", E, S, "Fahrdienst zu Arztterminen",
          "Ältere Menschen ohne Auto brauchen eine Fahrt zum Facharzt, zur Physiotherapie oder zum Krankenhaus "
          "in Hüsten. Sie fahren mit Ihrem eigenen Pkw und erhalten 30 Cent pro Kilometer.",
          ("senioren", "pflege_gesundheit", "nachbarschaftshilfe"), A, "Alt-Arnsberg und Umgebung",
          "katrin.berg", hours=2, availability="werktags vormittags, ein bis zwei Fahrten pro Woche",
          org="caritas-alt-arnsberg"),
    Offer("waldputz-arnsberger-wald", E, S, "Waldputz im Arnsberger Wald",
          "Wir sammeln Müll entlang der Wanderwege oberhalb von Rumbeck und an den Waldparkplätzen. Handschuhe, "
          "Zangen und Säcke stellen wir; zum Abschluss gibt es Erbsensuppe. Kinder ab 8 Jahren in Begleitung willkommen.",
          ("umwelt_klima",), A, "Rumbeck, Wanderparkplatz Rumbecker Höhe", "katrin.berg",
          commitment=ONCE, hours=4, availability="Samstag, 9–13 Uhr", org="naturschutz-arnsberger-wald",
          valid_days=30),
    Offer("baumpflanzung-arnsberg", E, S, "Mischwald pflanzen auf Kalamitätsflächen",
          "Wo die Fichten dem Borkenkäfer zum Opfer gefallen sind, pflanzen wir Eichen, Buchen und Douglasien. "
          "Körperlich anstrengend, aber jeder gepflanzte Baum bleibt – wetterfeste Kleidung mitbringen.",
          ("umwelt_klima",), A, "Arnsberger Wald, Treffpunkt wird bekanntgegeben", "lena.vogt",
          commitment=ONCE, hours=5, availability="im Frühjahr und Herbst samstags",
          status="draft"),
    Offer("uebungsleitung-kinderturnen", E, S, "Übungsleitung Kinderturnen (4–6 Jahre)",
          "Unsere Gruppe mit 18 Kindern sucht eine zweite Übungsleitung. Die Lizenz (ÜL-C) kann über den "
          "Verein erworben werden, wir übernehmen die Kosten. Vergütung über die Übungsleiterpauschale.",
          ("sport", "kinder_jugend"), A, "Oeventrop, Turnhalle Glösinger Straße", "sabine.hoffmann",
          hours=2, availability="montags 16–17:30 Uhr", org="sv-ruhrtal-oeventrop"),
    Offer("walking-leitung-oeventrop", E, S, "Walking-Treff für Ältere anleiten",
          "Jeden Mittwoch walken 12 bis 15 Menschen zwischen 60 und 85 an der Ruhr entlang. Wir suchen eine "
          "zuverlässige Person, die die Runde startet, das Tempo im Blick behält und ein Erste-Hilfe-Set dabei hat.",
          ("sport", "senioren"), A, "Oeventrop, Treffpunkt Ruhrbrücke", "sabine.hoffmann",
          hours=1, availability="mittwochs 10–11 Uhr", org="sv-ruhrtal-oeventrop"),
    Offer("kassenpruefung-sv-ruhrtal", E, S, "Kassenprüfer:in für die Jahreshauptversammlung",
          "Zwei Prüfer:innen sehen sich einmal im Jahr Belege, Kontoauszüge und Kassenbuch an und berichten der "
          "Versammlung. Zeitaufwand: ein Abend. Buchhaltungskenntnisse helfen, sind aber keine Bedingung.",
          ("sport",), A, "Oeventrop, Vereinsheim", "sabine.hoffmann",
          commitment=ONCE, hours=4, availability="ein Abend im Februar", org="sv-ruhrtal-oeventrop",
          valid_days=90),
    Offer("ersthelfer-kurs-vereine", W, B, "Erste-Hilfe-Auffrischung für Vereinsmitglieder",
          "Kompakte Auffrischung für Trainer:innen und Betreuer:innen: Herz-Lungen-Wiederbelebung, AED, "
          "Sportverletzungen. Kursleitung durch eine Rettungssanitäterin aus dem Verein.",
          ("sport", "feuerwehr_rettung"), A, "Oeventrop, Vereinsheim", "sabine.hoffmann",
          commitment=ONCE, hours=4, availability="Samstagvormittag, Termin folgt", org="sv-ruhrtal-oeventrop",
          status="draft"),
    Offer("tag-der-offenen-tuer-loeschzug", E, S, "Helfende Hände beim Tag der offenen Tür",
          "Kuchenstand, Kinderschminken, Parkplatzeinweisung, Grillstand: Für unseren großen Tag am Gerätehaus "
          "brauchen wir rund 30 Helfer:innen in Schichten von je drei Stunden.",
          ("feuerwehr_rettung", "kinder_jugend"), A, "Oeventrop, Gerätehaus Kirchstraße", "sabine.hoffmann",
          commitment=ONCE, hours=3, availability="Sonntag im September, 11–17 Uhr", org="loeschzug-oeventrop",
          valid_days=120),
    Offer("weihnachtsmarkt-loeschzug", E, S, "Standdienst beim Weihnachtsmarkt",
          "Glühwein und Reibekuchen für die Jugendfeuerwehr: Wir suchten Helfer:innen für den Stand auf dem "
          "Oeventroper Weihnachtsmarkt. Danke an alle, die dabei waren!",
          ("feuerwehr_rettung",), A, "Oeventrop, Dorfplatz", "sabine.hoffmann",
          commitment=ONCE, hours=4, availability="2. Adventswochenende", org="loeschzug-oeventrop",
          status="archived", valid_days=-200),
    Offer("vereinswebseite-heimatverein-oeventrop", E, S, "Hilfe bei der Vereinswebseite",
          "Unsere Webseite ist zehn Jahre alt, lässt sich auf dem Handy kaum lesen und nur ein Mitglied kann sie "
          "pflegen. Wer hilft beim Umzug auf ein einfaches Baukastensystem und schult zwei Leute im Vorstand?",
          ("digitales", "kultur"), A, "Oeventrop oder online", "sabine.hoffmann",
          hours=2, availability="abends oder am Wochenende", online=True, org="heimatverein-oeventrop"),
    Offer("dorfchronik-fotos-oeventrop", E, S, "Fotos digitalisieren für die Dorfchronik",
          "Über 3.000 Fotos aus 100 Jahren Dorfgeschichte sollen gescannt, beschriftet und gesichert werden. "
          "Scanner und Laptop sind vorhanden; gern auch gemeinsam mit Älteren, die die Bilder erklären.",
          ("kultur", "digitales", "senioren"), A, "Oeventrop, Backhaus am Dorfplatz", "sabine.hoffmann",
          hours=3, availability="mittwochs ab 17 Uhr", org="heimatverein-oeventrop"),
    Offer("vereinssoftware-heimatverein", W, S, "Wer kennt sich mit Vereinsverwaltungs-Software aus?",
          "Wir führen unsere 240 Mitglieder noch in einer Excel-Tabelle. Wer hat Erfahrung mit Programmen für "
          "Mitgliederverwaltung und SEPA-Einzug und kann uns in einer Stunde Vor- und Nachteile zeigen?",
          ("digitales",), A, "online oder Oeventrop", "sabine.hoffmann",
          commitment=ONCE, hours=1, availability="abends nach Absprache", online=True,
          org="heimatverein-oeventrop"),
    Offer("besuchsdienst-neheim", E, S, "Besuchsdienst im Seniorenzentrum",
          "Sie besuchen regelmäßig eine Bewohnerin oder einen Bewohner, gehen spazieren, spielen, lesen vor "
          "oder hören einfach zu. Einführung und Austauschtreffen einmal im Monat.",
          ("senioren", "kirche_religion"), A, "Neheim, Seniorenzentrum an der Goethestraße", "katrin.berg",
          hours=2, availability="nach Absprache, auch am Wochenende", org="ev-kirchengemeinde-neheim"),
    Offer("mittagstisch-neheim", E, S, "Küchenteam für den Mittagstisch „Satt und froh“",
          "Jeden Donnerstag kochen wir für 40 Gäste. Wir suchen Menschen, die gern schnippeln, abschmecken, "
          "Tische decken oder spülen – Hygieneschulung übernehmen wir.",
          ("nachbarschaftshilfe", "kirche_religion"), A, "Neheim, Gemeindehaus Goethestraße", "katrin.berg",
          hours=4, availability="donnerstags 9–13 Uhr", org="ev-kirchengemeinde-neheim"),
    Offer("einkaufshilfe-huesten", E, B, "Einkaufshilfe für Nachbar:innen in Hüsten",
          "Ich gehe samstags ohnehin einkaufen und nehme gern Ihren Einkaufszettel mit – Getränkekisten "
          "inklusive. Bezahlt wird bei Lieferung gegen Kassenbon.",
          ("nachbarschaftshilfe", "senioren"), A, "Hüsten", "aylin.demir",
          hours=1, availability="samstags vormittags"),
    Offer("excel-vereinskasse", W, B, "Excel-Grundlagen für Vereinskassen",
          "Kassenbuch mit Summenformeln, Filter, Pivot-Tabelle für den Jahresbericht: In zwei Abenden zeige ich "
          "Kassierer:innen, wie sie mit Tabellen sauber und nachvollziehbar arbeiten. LibreOffice geht auch.",
          ("digitales", "bildung"), A, "online oder Hüsten", "aylin.demir",
          commitment=ONCE, hours=4, availability="zwei Abende nach Absprache", online=True),
    Offer("laptops-aufbereiten", E, B, "Ich richte gespendete Laptops für Schüler:innen ein",
          "Gespendete Laptops lösche ich sicher, installiere ein aktuelles System mit Office und Lernsoftware "
          "und gebe sie über Schulen an Kinder weiter, die zu Hause keinen Rechner haben.",
          ("digitales", "kinder_jugend", "bildung"), A, "Hüsten", "aylin.demir",
          hours=3, availability="abends, Abgabe nach Absprache"),
    Offer("tuerkisch-gespraechsrunde", W, B, "Türkisch für Anfänger:innen – Gesprächsrunde",
          "Merhaba! Für alle, die Nachbar:innen, Kolleg:innen oder die Schwiegerfamilie besser verstehen wollen: "
          "Begrüßen, Einkaufen, Small Talk – locker und mit Tee.",
          ("integration", "bildung", "kultur"), A, "Hüsten, Stadtteilbüro", "aylin.demir",
          hours=1, availability="dienstags 19–20 Uhr"),
    Offer("englisch-nachhilfe-neheim", W, B, "Englisch-Nachhilfe Mittelstufe",
          "Ich studiere Englisch auf Lehramt und helfe bei Grammatik, Vokabeln und der Vorbereitung auf "
          "Klassenarbeiten (Klasse 5–10). Auch online möglich.",
          ("bildung", "kinder_jugend"), A, "Neheim oder online", "lena.vogt",
          hours=2, availability="Mo–Do ab 15 Uhr", online=True),
    Offer("hausaufgabenhilfe-lena", E, B, "Hausaufgabenhilfe Grundschule",
          "Ich begleite ein bis zwei Grundschulkinder beim Lesen und Rechnen – geduldig und mit Spielen zum "
          "Auflockern. Inzwischen über die OGS Moosfelde vermittelt.",
          ("bildung", "kinder_jugend"), A, "Neheim", "lena.vogt",
          hours=2, availability="montags und mittwochs nachmittags", status="matched"),
    Offer("elster-hilfe-suche", W, S, "Wer erklärt mir die Steuererklärung mit ELSTER?",
          "Ich habe zum ersten Mal einen Minijob und ein Stipendium und verstehe die Formulare nicht. Wer setzt "
          "sich eine Stunde mit mir hin und erklärt, was wohin gehört?",
          ("bildung",), A, "Neheim oder online", "lena.vogt",
          commitment=ONCE, hours=1, availability="abends", online=True, valid_days=60),
    Offer("podcast-neheim-geschichte", W, S, "Mitstreiter:innen für einen Podcast über Neheimer Geschichte",
          "Idee: Ältere erzählen vom Wiederaufbau nach der Möhnekatastrophe 1943 und vom Leuchtenhandwerk. Ich "
          "suche Menschen, die Interviews führen oder schneiden möchten.",
          ("kultur", "senioren", "digitales"), A, "Neheim", "lena.vogt",
          hours=2, availability="flexibel", status="draft"),
    Offer("bewerbungsmappe-check", W, B, "Bewerbungsunterlagen checken",
          "30 Jahre Personalabteilung: Ich sehe mir Anschreiben und Lebenslauf an, gebe ehrliche Tipps und übe "
          "auf Wunsch ein Vorstellungsgespräch. Für Schüler:innen, Wiedereinsteigende und Zugewanderte.",
          ("bildung", "integration"), A, "Alt-Arnsberg oder online", "monika.peters",
          commitment=ONCE, hours=2, availability="vormittags nach Absprache", online=True),
    Offer("gassigeher-mueschede", E, S, "Gassigeher:innen für unsere Stationshunde",
          "Unsere Hunde freuen sich über feste Bezugspersonen und lange Spaziergänge. Nach einer Einweisung "
          "gehen Sie allein oder zu zweit – ab 16 Jahren.",
          ("tiere",), A, "Müschede, Tierauffangstation", "katrin.berg",
          hours=2, availability="mittwochs und samstags 14–17 Uhr", org="tierschutz-arnsberg"),
    Offer("freizeitbegleitung-inklusion", E, S, "Freizeitbegleitung für Menschen mit Behinderung",
          "Kino, Kegeln, Konzert oder Stadtbummel: Sie begleiten eine erwachsene Person mit Behinderung bei "
          "ihrer Freizeit. Eintritt und Fahrtkosten übernimmt der Verein.",
          ("inklusion", "kultur"), A, "Neheim und Umgebung", "katrin.berg",
          hours=3, availability="abends oder am Wochenende, zweimal im Monat", org="inklusionsnetz-neheim"),
    Offer("kochabend-jugendtreff", E, S, "Kochabend im Jugendtreff begleiten",
          "Einmal pro Woche kochen Jugendliche zusammen – günstig, gesund und lecker. Sie bringen Rezepte und "
          "Ruhe mit, das Einkaufsbudget stellt der Treff.",
          ("kinder_jugend",), A, "Müschede, Schulstraße", "katrin.berg",
          hours=3, availability="donnerstags 17–20 Uhr", org="jugendtreff-mueschede"),
    Offer("engagementberatung-arnsberg", E, B, "Beratung: Welches Ehrenamt passt zu mir?",
          "In einem halbstündigen Gespräch finden wir heraus, was Sie gern tun, wie viel Zeit Sie haben und "
          "welcher Verein Sie mit offenen Armen empfängt. Auch telefonisch oder per Video.",
          ("nachbarschaftshilfe", "bildung"), A, "Alt-Arnsberg, Ruhrstraße", "katrin.berg",
          hours=1, availability="dienstags 10–12 Uhr, donnerstags 15–18 Uhr", online=True, org="fwz-arnsberg"),
    Offer("pflegelotsen-arnsberg", E, S, "Pflege-Lots:innen für Arnsberg gesucht",
          "Als Pflege-Lots:in besuchen Sie ältere Menschen und Angehörige zu Hause, erklären Leistungen der "
          "Pflegeversicherung und zeigen Entlastungsangebote. Sie werden in acht Modulen geschult und von uns "
          "begleitet; Schweigepflicht und Datenschutz sind Teil der Schulung.",
          ("pflege_gesundheit", "senioren"), A, "alle Stadtteile", "katrin.berg",
          hours=3, availability="flexibel, etwa drei Stunden pro Woche", org="fwz-arnsberg"),
    Offer("jury-ehrenamtspreis", E, S, "Jurymitglieder für den Ehrenamtspreis „Ruhrbogen-Herz“",
          "Lesen Sie die Vorschläge, diskutieren Sie mit und wählen Sie die Preisträger:innen aus. Zwei Sitzungen "
          "im Herbst; Jugendliche ab 16 sind ausdrücklich eingeladen.",
          ("kultur", "nachbarschaftshilfe"), A, "Alt-Arnsberg, Königstraße", "katrin.berg",
          commitment=ONCE, hours=6, availability="zwei Abende im Oktober", org="stiftung-ruhrbogen"),
    Offer("behoerdenbegleitung-huesten", E, S, "Begleitung zu Behörden- und Kassenterminen",
          "Manche Mitglieder trauen sich allein nicht zum Amt oder zur Krankenkasse. Sie begleiten, hören mit zu "
          "und helfen beim Nachfragen – rechtliche Beratung übernehmen unsere Fachleute.",
          ("senioren", "inklusion"), A, "Hüsten und Neheim", "katrin.berg",
          hours=2, availability="werktags nach Absprache", org="sozialverband-huesten"),
    Offer("erzaehlcafe-bruchhausen", E, S, "Mitschreiben im Erzählcafé",
          "Ältere erzählen von Schule, Arbeit und Dorfleben in den 50er- und 60er-Jahren. Wer schreibt mit und "
          "hilft, daraus kleine Geschichten für das Dorfarchiv zu machen?",
          ("kultur", "senioren"), A, "Bruchhausen, Pfarrheim", "katrin.berg",
          hours=2, availability="jeden dritten Donnerstag, 15–17 Uhr", org="heimatverein-bruchhausen"),
    Offer("osterfeuer-bruchhausen", E, S, "Aufbauhelfer:innen für das Osterfeuer",
          "Holz stapeln, Stand aufbauen, Brandwache mit der Feuerwehr. Das Osterfeuer ist vorbei – danke für "
          "die vielen helfenden Hände!",
          ("kultur",), A, "Bruchhausen, Festwiese", "katrin.berg",
          commitment=ONCE, hours=5, availability="Karsamstag", org="heimatverein-bruchhausen",
          status="archived", valid_days=-150),
    Offer("musikverein-webseite", W, S, "Webseite und Mitgliederverwaltung für den Musikverein",
          "Wer hilft uns, Probenpläne, Noten-Ausleihe und Mitgliederdaten übersichtlich und datenschutzgerecht "
          "digital zu führen? Wir sind für jeden Tipp dankbar.",
          ("digitales", "kultur"), A, "Herdringen oder online", "katrin.berg",
          hours=2, availability="abends nach Absprache", online=True, org="musikverein-herdringen"),
    Offer("foerderantrag-hilfe", W, B, "Förderanträge verständlich schreiben",
          "Ich habe für mehrere Vereine Anträge bei Stiftungen und der Heimat-Förderung des Landes geschrieben "
          "und zeige, worauf Jurys achten: klares Ziel, realistischer Kostenplan, Wirkung.",
          ("bildung", "kultur"), A, "online", "monika.peters",
          commitment=ONCE, hours=2, availability="nach Absprache", online=True, status="archived",
          valid_days=-30),
)
