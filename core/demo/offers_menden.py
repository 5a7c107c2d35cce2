"""Offers and requests in Menden (Ehrenamt and Wissensbörse)."""

from __future__ import annotations

from core.demo.specs import Offer

M = "menden"
E, W = "ehrenamt", "wissen"
B, S = "biete", "suche"
ONCE = "einmalig"

MENDEN_OFFERS: tuple[Offer, ...] = (
    Offer("tafel-ausgabe-menden", E, S, "Mitarbeit bei der Tafel-Ausgabe",
          "Sie geben Lebensmittel aus, füllen Regale nach und sorgen für eine freundliche Atmosphäre in der "
          "Warteschlange. Neue Helfer:innen laufen in der ersten Schicht bei einer erfahrenen Kraft mit.",
          ("nachbarschaftshilfe",), M, "Platte Heide, Fröndenberger Straße", "thomas.richter",
          hours=3, availability="mittwochs oder samstags 9:30–13:30 Uhr", org="tafel-menden"),
    Offer("tafel-sortieren-menden", E, S, "Lebensmittel sortieren am Montagmorgen",
          "Was am Wochenende abgeholt wurde, prüfen und sortieren wir montags: Obst, Gemüse, Brot, Kühlware. "
          "Ideal für Frühaufsteher:innen, die lieber im Hintergrund anpacken.",
          ("nachbarschaftshilfe", "umwelt_klima"), M, "Platte Heide, Fröndenberger Straße", "thomas.richter",
          hours=3, availability="montags 8–11 Uhr", org="tafel-menden"),
    Offer("smartphone-hilfe-menden", W, B, "Smartphone- und Tablet-Hilfe für Ältere",
          "Ich zeige Schritt für Schritt, wie Sie Fotos verschicken, Bus- und Bahnverbindungen finden, die "
          "Arzttermin-App nutzen oder Betrugs-SMS erkennen. Wir üben so lange, bis es sitzt.",
          ("digitales", "senioren"), M, "Bösperde, Seniorentreff Halinger Weg", "jonas.kruse",
          hours=2, availability="freitags 14–16 Uhr"),
    Offer("nachhilfe-mathe-enkel", W, S, "Nachhilfe Mathe für meinen Enkel (7. Klasse)",
          "Mein Enkel besucht das Gymnasium in Menden und kämpft mit Bruchrechnung und Prozenten. Wer hilft "
          "einmal pro Woche? Gern bei uns in Lendringsen, Kaffee und Kuchen inklusive.",
          ("bildung", "kinder_jugend"), M, "Lendringsen", "peter.schulte",
          hours=1, availability="dienstags oder donnerstags ab 15 Uhr"),
    Offer("lernbegleitung-lernwerkstatt", E, S, "Lernbegleiter:innen für die Hausaufgabenhilfe",
          "Sie unterstützen Kinder der Klassen 1 bis 6 bei Hausaufgaben und Lesen. Wir arbeiten in kleinen "
          "Gruppen, eine Fachkraft ist immer dabei. Erweitertes Führungszeugnis erforderlich (kostenfrei).",
          ("bildung", "kinder_jugend", "integration"), M, "Innenstadt, Walramstraße", "thomas.richter",
          hours=2, availability="an einem festen Nachmittag, Mo–Do 14–16:30 Uhr", org="lernwerkstatt-menden"),
    Offer("leseclub-lernwerkstatt", E, S, "Vorlesepat:in für den Leseclub",
          "Im Leseclub lesen wir mit Kindern, die zu Hause wenig Bücher haben – vorlesen, gemeinsam lesen, über "
          "Geschichten sprechen. Eine Stunde pro Woche reicht.",
          ("bildung", "kinder_jugend", "kultur"), M, "Innenstadt, Walramstraße", "thomas.richter",
          hours=1, availability="mittwochs 15–16 Uhr", org="lernwerkstatt-menden"),
    Offer("repaircafe-menden-team", E, S, "Reparateur:innen für Fahrräder und Kleingeräte",
          "Ob Bremszug, Kaffeemaschine oder Lieblingsjeans: Wir suchen Menschen mit handwerklichem Geschick, die "
          "ihr Wissen weitergeben. Werkzeug ist vorhanden.",
          ("umwelt_klima", "nachbarschaftshilfe"), M, "Innenstadt, Bürgerhaus Bahnhofstraße", "thomas.richter",
          hours=4, availability="jeden letzten Samstag, 10–14 Uhr", org="repaircafe-menden"),
    Offer("elektrogeraete-reparieren", E, B, "Elektrogeräte prüfen und reparieren",
          "Als Elektromeister im Ruhestand übernehme ich Fehlersuche und Sicherheitsprüfung nach DIN VDE 0701 "
          "beim Repair-Café. Inzwischen fest im Team.",
          ("umwelt_klima",), M, "Innenstadt, Bürgerhaus", "peter.schulte",
          hours=4, availability="jeden letzten Samstag", status="matched"),
    Offer("strom-sparen-tipps", W, B, "Strom sparen im Haushalt – Tipps vom Elektromeister",
          "Welche Geräte fressen heimlich Strom? Lohnt sich ein neuer Kühlschrank? Ich bringe ein Messgerät mit "
          "und gehe mit Ihnen durch Küche und Keller. Für Vereinsheime auch gern.",
          ("umwelt_klima", "senioren"), M, "Menden und Umgebung", "peter.schulte",
          commitment=ONCE, hours=2, availability="werktags nach Absprache"),
    Offer("online-banking-suche", W, S, "Wer erklärt mir Online-Banking sicher?",
          "Meine Bank schließt die Filiale in Lendringsen. Ich möchte Überweisungen am Computer machen, habe "
          "aber Sorge vor Betrug. Wer zeigt mir, worauf ich achten muss?",
          ("digitales", "senioren"), M, "Lendringsen", "peter.schulte",
          commitment=ONCE, hours=2, availability="vormittags"),
    Offer("imkern-einblick", W, B, "Imkern: Einblick in die Bienenhaltung",
          "Ich halte sechs Bienenvölker am Waldrand und nehme Interessierte an einem Samstag mit an den Stand. "
          "Schutzkleidung ist da; bei Bienenstichallergie bitte verzichten.",
          ("umwelt_klima", "tiere", "bildung"), M, "Lendringsen, Hönnetal", "peter.schulte",
          commitment=ONCE, hours=3, availability="Mai bis August, samstags", valid_days=200),
    Offer("seniorengymnastik-tvl", E, S, "Übungsleitung Seniorengymnastik",
          "Unsere Gruppe (25 Frauen und Männer ab 65) sucht eine Nachfolge für die langjährige Leiterin. Eine "
          "Lizenz für Sport in der Prävention kann berufsbegleitend erworben werden, der Verein zahlt.",
          ("sport", "senioren"), M, "Lendringsen, Sporthalle am Hönnetal", "michael.brandt",
          hours=2, availability="dienstags 10–11:30 Uhr", org="tv-lendringsen"),
    Offer("vereinswebseite-tvl", E, S, "Vereinswebseite modernisieren",
          "Unsere Seite soll auf dem Handy funktionieren, barrierearm sein und Hallenzeiten sowie Termine aus "
          "dem Vereinskalender automatisch zeigen. Wer hat Lust auf ein überschaubares Projekt?",
          ("digitales", "sport"), M, "Lendringsen oder online", "michael.brandt",
          hours=2, availability="abends, etwa drei Monate", online=True, org="tv-lendringsen"),
    Offer("kassenpruefung-tvl", E, S, "Kassenprüfung im TV Lendringsen",
          "Für die Jahreshauptversammlung brauchen wir eine zweite Kassenprüferin oder einen zweiten "
          "Kassenprüfer. Sie prüfen an einem Abend stichprobenartig Belege und Kontoauszüge.",
          ("sport",), M, "Lendringsen, Vereinsheim", "michael.brandt",
          commitment=ONCE, hours=3, availability="ein Abend im Januar", org="tv-lendringsen", valid_days=75),
    Offer("sepa-umstellung-tvl", W, S, "Erfahrung mit SEPA-Lastschrift im Verein gesucht",
          "Wir wollen die Beiträge per SEPA-Basislastschrift einziehen statt Überweisungen hinterherzulaufen. "
          "Wer hat das schon einmal eingerichtet und teilt seine Erfahrungen?",
          ("digitales", "sport"), M, "online", "michael.brandt",
          commitment=ONCE, hours=1, availability="abends", online=True, org="tv-lendringsen"),
    Offer("heimatstube-aufsicht", E, S, "Aufsicht in der Heimatstube am Sonntag",
          "Sie öffnen die Heimatstube, begrüßen Gäste und erzählen, was Sie über die Ausstellungsstücke wissen "
          "(eine Mappe hilft). Einmal im Monat reicht schon.",
          ("kultur", "senioren"), M, "Lendringsen, Am Dorfplatz", "michael.brandt",
          hours=3, availability="sonntags 14–17 Uhr", org="heimatverein-lendringsen"),
    Offer("plattdeutsch-suche", W, S, "Plattdeutsch – wer spricht es noch?",
          "Wir nehmen Geschichten und Lieder auf Mendener Platt auf, bevor sie verloren gehen. Wer noch Platt "
          "spricht oder versteht, ist herzlich eingeladen.",
          ("kultur", "senioren"), M, "Lendringsen, Heimatstube", "michael.brandt",
          hours=1, availability="jeden ersten Dienstag, 18 Uhr", org="heimatverein-lendringsen"),
    Offer("maibaum-lendringsen", E, S, "Helfer:innen zum Maibaumaufstellen",
          "Schmücken, Stand aufbauen, Kinder schminken – und natürlich mit anpacken, wenn der Baum steht. Das Fest "
          "ist vorbei, danke an alle!",
          ("kultur",), M, "Lendringsen, Dorfplatz", "michael.brandt",
          commitment=ONCE, hours=5, availability="30. April", org="heimatverein-lendringsen",
          status="archived", valid_days=-180),
    Offer("social-media-schuetzen", W, S, "Social-Media-Hilfe für unsere Schützenbruderschaft",
          "Wir möchten auf Instagram zeigen, dass Schützenwesen mehr ist als Bier und Uniform. Wer zeigt unserem "
          "Jungschützenteam, wie man Beiträge plant, Fotos rechtssicher nutzt und ein Impressum einbindet?",
          ("digitales", "kultur"), M, "Bösperde oder online", "thomas.richter",
          hours=2, availability="abends nach Absprache", online=True, org="schuetzen-boesperde"),
    Offer("schuetzenfest-aufbau", E, S, "Aufbau- und Thekenteam fürs Schützenfest",
          "Drei Tage Fest, 2.000 Gäste: Für Aufbau, Theke, Garderobe und Abbau suchen wir Helfer:innen – auch "
          "ohne Mitgliedschaft. Schichten ab drei Stunden.",
          ("kultur",), M, "Bösperde, Schützenhalle", "thomas.richter",
          commitment=ONCE, hours=3, availability="Pfingstwochenende", org="schuetzen-boesperde", valid_days=180),
    Offer("sprachcafe-menden-tee", E, S, "Sprachcafé: Deutsch sprechen beim Tee",
          "Wir setzen uns in kleinen Runden zusammen und sprechen Deutsch – über Alltag, Schule, Arbeit. Keine "
          "Vorbereitung nötig, nur Lust auf Begegnung.",
          ("integration",), M, "Innenstadt, Kolpingstraße", "thomas.richter",
          hours=2, availability="donnerstags 17–19 Uhr", org="willkommen-menden"),
    Offer("behoerdenbegleitung-menden", E, S, "Begleitung zur Ausländerbehörde und zum Jobcenter",
          "Sie begleiten Familien zu Terminen, helfen beim Verstehen der Unterlagen und beim Nachfragen. "
          "Vorbereitungsabend mit einer Fachkraft der Migrationsberatung.",
          ("integration", "nachbarschaftshilfe"), M, "Menden und Iserlohn", "thomas.richter",
          hours=2, availability="werktags vormittags", org="willkommen-menden"),
    Offer("fahrradwerkstatt-willkommen", E, S, "Mitschrauben in der Fahrradwerkstatt",
          "Gespendete Fahrräder werden verkehrssicher gemacht und an Neuzugewanderte weitergegeben – mit kleiner "
          "Einweisung in die Verkehrsregeln.",
          ("integration", "umwelt_klima"), M, "Innenstadt, Kolpingstraße (Hof)", "thomas.richter",
          hours=3, availability="samstags 11–14 Uhr", org="willkommen-menden"),
    Offer("fahrdienst-seniorentreff", E, S, "Fahrdienst für den Seniorentreff",
          "Wir holen Gäste, die nicht mehr gut zu Fuß sind, zu Hause ab und bringen sie wieder heim. Der Treff "
          "zahlt Kilometergeld; ein Kindersitz ist nicht nötig, ein Rollator passt in jeden Kofferraum.",
          ("senioren", "nachbarschaftshilfe"), M, "Bösperde und Halingen", "thomas.richter",
          hours=2, availability="dienstags und freitags 13:30 und 17 Uhr", org="seniorentreff-boesperde"),
    Offer("einkaufsfahrten-platte-heide", E, B, "Ich fahre Sie zum Einkaufen (Platte Heide)",
          "Ich habe ein Auto und samstags Zeit: Ich hole Sie ab, fahre zum Supermarkt oder Wochenmarkt und trage "
          "die Taschen bis in die Küche.",
          ("senioren", "nachbarschaftshilfe"), M, "Platte Heide und Innenstadt", "jonas.kruse",
          hours=2, availability="samstags 9–12 Uhr"),
    Offer("fussballtraining-kinder", E, B, "Fußballtraining für Kinder (U9)",
          "Ich studiere Sport und habe die C-Lizenz. Ich übernehme gern ein Training pro Woche oder springe als "
          "Vertretung ein – gern in Lendringsen oder der Innenstadt.",
          ("sport", "kinder_jugend"), M, "Menden", "jonas.kruse",
          hours=2, availability="dienstags oder donnerstags ab 16 Uhr"),
    Offer("videoschnitt-smartphone", W, B, "Videoschnitt mit dem Smartphone",
          "Vereinsvideo fürs Sommerfest oder ein Rückblick für Instagram: Ich zeige, wie man mit kostenlosen Apps "
          "filmt, schneidet, Untertitel einfügt und lizenzfreie Musik findet.",
          ("digitales", "kultur"), M, "Innenstadt oder online", "jonas.kruse",
          commitment=ONCE, hours=3, availability="abends und am Wochenende", online=True),
    Offer("lauftreff-anfaenger", E, B, "Lauftreff für Anfänger:innen",
          "Vom Sofa zu fünf Kilometern in zehn Wochen: Ich leite einen lockeren Lauftreff im Hönnetal an. Niemand "
          "wird zurückgelassen.",
          ("sport",), M, "Lendringsen, Parkplatz Hönnetal", "jonas.kruse",
          hours=1, availability="sonntags 10 Uhr", status="draft"),
    Offer("bachpaten-hoenne-gesucht", E, S, "Bachpat:innen für die Hönne",
          "Sie übernehmen einen Abschnitt von Hönne oder Oese, melden Verschmutzungen und helfen bei unseren "
          "Aktionstagen. Kinder und Schulklassen sind besonders willkommen.",
          ("umwelt_klima", "kinder_jugend"), M, "Lendringsen und Innenstadt", "thomas.richter",
          hours=1, availability="flexibel, Aktionstage samstags", org="bachpaten-hoenne"),
    Offer("fruehjahrsputz-hoenne", E, S, "Frühjahrsputz an der Hönne",
          "Gemeinsam sammeln wir Müll am Ufer zwischen Lendringsen und der Innenstadt. Handschuhe und Greifzangen "
          "gibt es vor Ort, Gummistiefel bitte selbst mitbringen.",
          ("umwelt_klima",), M, "Treffpunkt Hönnebrücke Lendringsen", "thomas.richter",
          commitment=ONCE, hours=3, availability="Samstag im März, 10–13 Uhr", org="bachpaten-hoenne",
          valid_days=100),
    Offer("wachdienst-freibad", E, S, "Wachdienst am Freibad im Sommer",
          "Mit dem Deutschen Rettungsschwimmabzeichen in Silber können Sie bei uns Wachdienst schieben. Wer es noch "
          "nicht hat, trainiert im Winter mit uns dafür.",
          ("feuerwehr_rettung", "sport"), M, "Lendringsen, Freibad", "thomas.richter",
          hours=4, availability="Juni bis August, am Wochenende", org="rettungsschwimmer-menden"),
    Offer("buehnenbau-rampenlicht", E, S, "Bühnenbau und Technik für unser Herbststück",
          "Kulissen bauen und bemalen, Licht einrichten, Ton fahren: Hinter der Bühne passiert die halbe Magie. "
          "Vorkenntnisse willkommen, aber nicht nötig.",
          ("kultur",), M, "Innenstadt, Altes Rathaus", "thomas.richter",
          hours=3, availability="samstags ab August, Aufführungen im November", org="theater-rampenlicht"),
    Offer("souffleuse-rampenlicht", E, S, "Souffleur oder Souffleuse gesucht",
          "Ruhig, textsicher und mit guten Nerven? Dann sitzen Sie bei Proben und Aufführungen in der ersten Reihe "
          "– unsichtbar, aber unverzichtbar.",
          ("kultur",), M, "Innenstadt, Altes Rathaus", "thomas.richter",
          hours=4, availability="dienstags und donnerstags 19:30 Uhr", org="theater-rampenlicht",
          status="matched"),
    Offer("hospizbegleitung-kurs", E, S, "Ehrenamtliche Hospizbegleitung – Vorbereitungskurs",
          "Sie möchten schwerkranke Menschen und ihre Familien begleiten? Unser Befähigungskurs (rund 100 "
          "Stunden, kostenfrei) startet im Frühjahr. Vorher laden wir zu einem Kennenlerngespräch ein.",
          ("pflege_gesundheit", "senioren"), M, "Lendringsen, Hönnetalstraße", "thomas.richter",
          hours=3, availability="Kurs an Abenden und zwei Wochenenden", org="hospizdienst-hoennetal"),
    Offer("trauercafe-gastgeber", E, S, "Gastgeber:innen für das Trauercafé",
          "Kaffee kochen, Tische decken, da sein: Im Trauercafé treffen sich Menschen, die einen Angehörigen "
          "verloren haben. Einführung durch unsere Koordinatorin.",
          ("pflege_gesundheit",), M, "Lendringsen, Hönnetalstraße", "thomas.richter",
          hours=3, availability="jeden zweiten Sonntag, 14:30–17:30 Uhr", org="hospizdienst-hoennetal"),
    Offer("pflegestelle-katzen", E, S, "Pflegestelle für Katzen auf Zeit",
          "Sie nehmen eine Katze oder zwei Kitten für einige Wochen auf, bis ein Zuhause gefunden ist. Futter und "
          "Tierarztkosten übernimmt der Verein.",
          ("tiere",), M, "Menden, bei Ihnen zu Hause", "thomas.richter",
          hours=5, availability="für vier bis acht Wochen", org="katzenhilfe-menden"),
    Offer("woelflinge-leitung", E, S, "Gruppenleitung für die Wölflinge",
          "Basteln, Geländespiele, Lagerfeuer: Für unsere jüngste Gruppe (7–10 Jahre) suchen wir eine "
          "Leitung ab 18. Die Juleica-Ausbildung bezahlt der Stamm.",
          ("kinder_jugend", "umwelt_klima"), M, "Schwitten, Pfadfinderheim", "thomas.richter",
          hours=2, availability="freitags 16:30–18 Uhr", org="pfadfinder-rodenberg"),
    Offer("sommerlager-kueche", E, S, "Küchenteam fürs Sommerlager",
          "Eine Woche Zeltlager, 40 hungrige Kinder: Wir suchen zwei bis drei Menschen, die mit uns auf dem "
          "Feuer und in der Lagerküche kochen.",
          ("kinder_jugend",), M, "Zeltplatz im Sauerland", "thomas.richter",
          commitment=ONCE, hours=40, availability="erste Sommerferienwoche", org="pfadfinder-rodenberg",
          valid_days=240),
    Offer("gemeindebrief-layout", E, S, "Layout für den Gemeindebrief",
          "Viermal im Jahr erscheint unser Gemeindebrief mit 16 Seiten. Wer setzt Texte und Fotos mit Scribus "
          "oder einem ähnlichen Programm? Vorlagen sind vorhanden.",
          ("kirche_religion", "digitales"), M, "Platte Heide oder von zu Hause", "thomas.richter",
          hours=1, availability="vier Wochenenden im Jahr", online=True, org="ev-kirchengemeinde-menden"),
    Offer("kleidertausch-gemeinde", E, S, "Kleidertausch im Gemeindezentrum organisieren",
          "Wir planen eine Kleidertausch-Party für Familien. Gesucht: Leute, die sortieren, aufbauen und "
          "Kuchen backen.",
          ("umwelt_klima", "kirche_religion"), M, "Platte Heide, Dortmunder Weg", "thomas.richter",
          commitment=ONCE, hours=4, availability="ein Samstag im Herbst", org="ev-kirchengemeinde-menden",
          status="draft"),
    Offer("geburtstagsbesuche-boesperde", E, S, "Geburtstagsbesuche für ältere Gemeindemitglieder",
          "Mit einem kleinen Gruß der Gemeinde besuchen Sie Menschen ab 80 an ihrem Geburtstag – oft der Beginn "
          "langer Gespräche.",
          ("senioren", "kirche_religion"), M, "Bösperde", "thomas.richter",
          hours=1, availability="flexibel, zwei bis drei Besuche im Monat", org="kath-gemeinde-boesperde"),
    Offer("antragshilfe-menden", E, S, "Hilfe beim Ausfüllen von Anträgen",
          "Nach einer Schulung durch unsere Berater:innen helfen Sie Mitgliedern, Formulare für Wohngeld, "
          "Pflegegrad oder Schwerbehindertenausweis vollständig auszufüllen.",
          ("senioren", "pflege_gesundheit"), M, "Innenstadt, Unnaer Straße", "thomas.richter",
          hours=3, availability="dienstags 9–12 Uhr", org="sozialverband-menden"),
    Offer("engagementberatung-menden", E, B, "Engagement-Beratung der Freiwilligenagentur",
          "Sie möchten sich engagieren, wissen aber nicht wo? Wir stellen Ihnen passende Vereine vor und vereinbaren "
          "auf Wunsch ein Schnuppertreffen.",
          ("nachbarschaftshilfe",), M, "Innenstadt, Neumarkt", "thomas.richter",
          hours=1, availability="montags 14–17 Uhr, mittwochs 9–12 Uhr", online=True, org="fwa-menden"),
    Offer("vereinsgruendung-beratung", W, B, "Hilfe bei der Vereinsgründung",
          "Satzung, Gründungsversammlung, Eintragung ins Vereinsregister, Gemeinnützigkeit: Wir gehen die Schritte "
          "mit Ihnen durch und geben Mustervorlagen mit.",
          ("bildung",), M, "Innenstadt oder online", "thomas.richter",
          commitment=ONCE, hours=2, availability="nach Vereinbarung", online=True, org="fwa-menden"),
    Offer("pflegelotsen-menden", E, S, "Pflege-Lots:innen für Menden gesucht",
          "Sie besuchen Menschen mit Pflegebedarf und ihre Angehörigen, hören zu, erklären Leistungen und vermitteln "
          "Hilfe vor Ort. Eine Schulung und regelmäßiger Austausch sind selbstverständlich.",
          ("pflege_gesundheit", "senioren"), M, "alle Stadtteile", "thomas.richter",
          hours=3, availability="flexibel", org="fwa-menden"),
    Offer("schach-einsteiger", W, B, "Schach für Einsteiger:innen",
          "Regeln, erste Eröffnungen, einfache Mattbilder: Ich bringe Brett und Uhr mit. Für Kinder ab 8 und "
          "Erwachsene, gern auch generationenübergreifend.",
          ("bildung", "senioren", "kinder_jugend"), M, "Bösperde, Seniorentreff", "klaus.wiese",
          hours=1, availability="freitags 16–17 Uhr"),
)
