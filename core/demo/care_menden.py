"""Care navigation in Menden: fictional people visited by the Lotse Klaus Wiese."""

from __future__ import annotations

from core.demo.specs import Contact, Task, Visit

M = "menden"
ALL = ("kontaktdaten", "gesundheitsdaten", "weitergabe", "angehoerige")

MENDEN_CONTACTS: tuple[Contact, ...] = (
    Contact(
        "me-ebbinghaus", "Horst Ebbinghaus", M, "Bieberberg 9, 58710 Menden (Lendringsen)", "0152 28854120",
        "Tochter Claudia Ebbinghaus-Rath, 0152 28854188", ALL, 160, 2,
        "Gangunsicher, zwei Stürze im letzten Jahr. Wohnt im eigenen Haus, das Schlafzimmer liegt im "
        "Obergeschoss. Möchte im Haus bleiben; die Tochter sorgt sich wegen der Treppe.",
        "Hausnotruf; Wohnraumberatung; Zuschuss zum Treppenlift (Wohnumfeldverbesserung); Rollator über den "
        "Hausarzt.",
        (
            Visit(160, 60, ("pflegegrad", "wohnen", "mobilitaet"),
                  "Erstbesuch mit der Tochter. Pflegegrad 2 liegt vor, bisher nur Pflegegeld. Stolperfallen "
                  "(Teppiche, Kabel) gemeinsam entfernt. Hausnotruf empfohlen.",
                  "Antrag Hausnotruf; Wohnraumberatung anfragen.", -100),
            Visit(100, 45, ("antraege", "wohnen"),
                  "Hausnotruf läuft. Wohnraumberaterin war da und empfiehlt einen Treppenlift; erstes Angebot "
                  "liegt vor.",
                  "Zweites Angebot einholen.", -30),
            Visit(30, 50, ("wohnen", "mobilitaet"),
                  "Zwei Angebote verglichen. Herr E. möchte den Lift, wenn die Pflegekasse zuschießt. Rollator "
                  "nutzt er inzwischen im Haus.",
                  "Antrag auf Wohnumfeldverbesserung mit beiden Angeboten vorbereiten.", 6),
        ),
        (
            Task("treppenlift-angebote", -10, "Zweites Angebot für den Treppenlift einholen", done=True),
            Task("antrag-wohnumfeld", 8, "Antrag auf Wohnumfeldverbesserung mit Angeboten an die Pflegekasse"),
        ),
    ),
    Contact(
        "me-nowak", "Zofia Nowak", M, "Kreuzstraße 21, 58706 Menden (Platte Heide)", "0152 28855231",
        "Tochter Krystyna Nowak (pflegt, spricht Deutsch und Polnisch), 0152 28855290", ALL, 240, 3,
        "Frau N. (88) hat eine fortgeschrittene Demenz und spricht zunehmend nur noch Polnisch. Die Tochter "
        "arbeitet halbtags und pflegt. Wunsch: Tagespflege, möglichst mit polnischsprachigem Personal, und "
        "Austausch mit anderen Angehörigen.",
        "Tagespflege in Menden (zwei Tage, dritter Tag auf Warteliste); Gesprächskreis pflegende Angehörige; "
        "Pflegekurs Demenz für die Tochter.",
        (
            Visit(240, 75, ("pflegegrad", "angehoerige", "entlastung"),
                  "Erstbesuch bei der Tochter. Frau N. wirkt zufrieden, ist aber nachts oft wach. Die Tochter hat "
                  "kaum Freizeit. Leistungen bei Pflegegrad 3 erklärt, insbesondere Tagespflege zusätzlich zum "
                  "Pflegegeld.",
                  "Tagespflegen mit mehrsprachigem Personal anfragen.", -150),
            Visit(150, 60, ("entlastung",),
                  "Eine Tagespflege hat eine polnischsprachige Mitarbeiterin. Probetag war gut, Start an zwei "
                  "Tagen pro Woche.",
                  "Gesprächskreis für Angehörige vorstellen.", -75),
            Visit(75, 45, ("angehoerige", "entlastung"),
                  "Die Tochter geht inzwischen zum Gesprächskreis und fühlt sich weniger allein. Sie wünscht "
                  "einen dritten Tag Tagespflege.",
                  "Bei der Tagespflege nachfragen.", 15),
        ),
        (
            Task("gespraechskreis", -60, "Termine des Gesprächskreises an die Tochter weitergeben", done=True),
            Task("tagespflege-dritter-tag", 12, "Bei der Tagespflege nach einem dritten Tag fragen (Warteliste)"),
        ),
    ),
    Contact(
        "me-sommer", "Erika Sommer", M, "Brauckstraße 14, 58708 Menden (Bösperde)", "0152 28856342",
        "Neffe Dirk Sommer, 0152 28856377", ALL, 120, 1,
        "Seit dem Tod ihres Mannes allein, isst unregelmäßig. Putzen und Fensterputzen schafft sie nicht mehr. "
        "Pflegegrad 1 seit dem Sommer. Wunsch: Hilfe im Haushalt und Gesellschaft.",
        "Haushaltshilfe über den Entlastungsbetrag (auch bei Pflegegrad 1); Seniorentreff Bösperde mit "
        "Fahrdienst; Mittagstisch.",
        (
            Visit(120, 60, ("haushaltshilfe", "einsamkeit"),
                  "Erstbesuch. Frau S. wusste nicht, dass sie mit Pflegegrad 1 den Entlastungsbetrag für eine "
                  "Haushaltshilfe nutzen kann. Sie möchte gern wieder unter Leute.",
                  "Haushaltshilfen und Seniorentreff vorstellen.", -45),
            Visit(45, 45, ("einsamkeit", "mobilitaet"),
                  "Haushaltshilfe kommt alle zwei Wochen. Frau S. war zweimal im Seniorentreff, der Fahrdienst "
                  "holt sie ab. Sie lacht wieder mehr.",
                  "", -1),
            Visit(1, 40, ("haushaltshilfe",),
                  "Folgebesuch. Alles läuft gut, Frau S. wünscht sich zusätzlich ein warmes Mittagessen in "
                  "Gesellschaft.",
                  "Mittagstisch-Angebote in Bösperde heraussuchen.", 60),
        ),
        (
            Task("mittagstisch", 10, "Mittagstisch-Angebote in Bösperde heraussuchen"),
        ),
    ),
    Contact(
        "me-koester", "Friedhelm und Inge Köster", M, "Halinger Dorfstraße 3, 58708 Menden (Halingen)",
        "0152 28857453", "Ehefrau Inge Köster (80); Tochter Petra Weber, 0152 28857499", ALL, 330, 4,
        "Herr K. (83) ist nach einem Schlaganfall halbseitig gelähmt und nutzt einen Rollstuhl. Frau K. pflegt "
        "mit Unterstützung eines Pflegedienstes. Sie braucht im Frühjahr selbst eine Knie-OP; wer ihren Mann in "
        "dieser Zeit versorgt, ist noch offen.",
        "Pflegedienst morgens und abends; Kurzzeitpflege während der OP und Reha der Ehefrau; Selbsthilfegruppe "
        "Schlaganfall; Sanitätshaus für Rollstuhl-Anpassung.",
        (
            Visit(330, 90, ("pflegegrad", "wohnen", "angehoerige"),
                  "Erstbesuch nach der Reha von Herrn K. Pflegegrad 4. Rampe am Hauseingang fehlt, Bad im "
                  "Erdgeschoss ist eng.",
                  "Wohnraumanpassung und Pflegedienst klären.", -240),
            Visit(240, 60, ("wohnen", "entlastung"),
                  "Rampe ist gebaut (Zuschuss bewilligt). Pflegedienst kommt zweimal täglich. Frau K. fühlt sich "
                  "sicherer.",
                  "", -120),
            Visit(120, 45, ("angehoerige", "einsamkeit"),
                  "Herr K. zieht sich zurück, seit er nicht mehr zum Stammtisch kommt. Selbsthilfegruppe "
                  "Schlaganfall vorgeschlagen; die Tochter würde ihn fahren.",
                  "", -40),
            Visit(40, 60, ("entlastung", "angehoerige"),
                  "Frau K. hat im Frühjahr eine Knie-OP mit Reha. Kurzzeitpflege für Herrn K. in diesem Zeitraum "
                  "besprochen; die Tochter kümmert sich um den Reha-Antrag ihrer Mutter.",
                  "Kurzzeitpflegeplatz reservieren.", 20),
        ),
        (
            Task("reha-antrag", -35, "Tochter beim Reha-Antrag für Frau K. unterstützen", done=True),
            Task("kurzzeitpflege-platz", 15, "Kurzzeitpflegeplatz für den OP-Zeitraum verbindlich reservieren"),
            Task("rollstuhl", 30, "Beim Sanitätshaus wegen der Rollstuhl-Anpassung nachfragen"),
        ),
    ),
    Contact(
        "me-rinsche", "Helga Rinsche", M, "Wilhelmstraße 30, 58706 Menden (Innenstadt)", "0152 28858564",
        "", ("kontaktdaten", "gesundheitsdaten", "weitergabe"), 35, 0,
        "Rheuma, die Hände sind stark eingeschränkt; Knöpfe, Verschlüsse und Flaschen gehen kaum noch. Bisher "
        "kein Pflegegrad. Wunsch: Unterstützung beim Antrag und bei der Begutachtung.",
        "Antrag auf Pflegegrad gestellt; Sozialverband Menden-Mitte, falls ein Widerspruch nötig wird.",
        (
            Visit(35, 60, ("pflegegrad", "antraege"),
                  "Erstbesuch. Antrag auf Pflegegrad telefonisch gestellt, Pflegetagebuch erklärt. Frau R. möchte "
                  "keine Angehörigen einbeziehen.",
                  "Bei der Begutachtung dabei sein.", -10),
            Visit(10, 90, ("pflegegrad",),
                  "Begutachtung durch den Medizinischen Dienst zu Hause, ich war dabei. Frau R. hat ihre "
                  "Einschränkungen zunächst heruntergespielt; mit dem Tagebuch ließ sich der Alltag gut zeigen.",
                  "Bescheid abwarten; bei Ablehnung Widerspruch innerhalb eines Monats.", 20),
        ),
        (
            Task("bescheid", 18, "Nachfragen, ob der Bescheid da ist (Entscheidung binnen 25 Arbeitstagen)"),
        ),
    ),
    Contact(
        "me-hoxha", "Familie Hoxha (Elira, 6 Jahre)", M, "Westwall 17, 58706 Menden (Innenstadt)", "0172 9925995",
        "Mutter Arta Hoxha; Vater Besnik Hoxha", ALL, 70, 2,
        "Elira hat eine Entwicklungsverzögerung und braucht viel Aufsicht und Förderung. Pflegegrad 2 seit dem "
        "Frühjahr, die Familie bezieht Pflegegeld. Entlastungsbetrag und Frühförderung waren unbekannt. Die "
        "Mutter spricht Albanisch, ihr Deutsch ist noch unsicher.",
        "Frühförderstelle; Familienentlastender Dienst über den Entlastungsbetrag; Sprachcafé der "
        "Willkommensinitiative für die Mutter.",
        (
            Visit(70, 90, ("antraege", "entlastung", "angehoerige"),
                  "Erstbesuch mit ehrenamtlicher Dolmetscherin. Leistungen bei Pflegegrad 2 erklärt. Eltern "
                  "möchten Elira fördern lassen; Kontakt zur Frühförderstelle hergestellt.",
                  "Familienentlastenden Dienst anfragen.", -20),
            Visit(20, 60, ("entlastung",),
                  "Frühförderung hat begonnen. Der Familienentlastende Dienst kommt ab nächstem Monat einmal pro "
                  "Woche. Frau H. möchte Deutsch lernen.",
                  "Sprachcafé vorstellen; Dolmetscherin für nächsten Besuch anfragen.", 35),
        ),
        (
            Task("dolmetscherin", 28, "Dolmetscherin für den nächsten Besuch anfragen (Willkommensinitiative)"),
            Task("beratungseinsatz", 45,
                 "An den halbjährlichen Beratungseinsatz nach § 37 Abs. 3 SGB XI erinnern (Pflegegeld)"),
        ),
    ),
)
