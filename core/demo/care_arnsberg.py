"""Care navigation in Arnsberg: fictional people visited by the Lotsin Monika Peters."""

from __future__ import annotations

from core.demo.specs import Contact, Task, Visit

A = "arnsberg"
ALL = ("kontaktdaten", "gesundheitsdaten", "weitergabe", "angehoerige")

ARNSBERG_CONTACTS: tuple[Contact, ...] = (
    Contact(
        "ar-hennecke", "Gertrud Hennecke", A, "Engelbertstraße 23, 59755 Arnsberg (Neheim)", "0152 28851203",
        "Tochter Sabine Lahme (Dortmund), 0152 28851290", ALL, 140, 2,
        "Lebt allein im 2. Obergeschoss ohne Aufzug. Einkäufe und Putzen fallen schwer, im Frühjahr ein Sturz "
        "ohne Folgen. Möchte unbedingt in der Wohnung bleiben und wünscht sich mehr Kontakt zu anderen.",
        "Haushaltshilfe über anerkannten Dienst (Entlastungsbetrag); Hausnotruf über die Pflegekasse; "
        "Spielenachmittag im Seniorennetzwerk Hüsten.",
        (
            Visit(140, 75, ("pflegegrad", "haushaltshilfe", "einsamkeit"),
                  "Erstbesuch auf Wunsch der Tochter. Frau H. hat seit drei Monaten Pflegegrad 2 und bezieht nur "
                  "Pflegegeld; den Entlastungsbetrag kannte sie nicht. Wohnung gepflegt, Getränke trägt sie "
                  "allein in den 2. Stock.",
                  "Liste anerkannter Haushaltshilfen in Neheim mitbringen, Hausnotruf erklären.", -110),
            Visit(110, 60, ("haushaltshilfe", "wohnen"),
                  "Haushaltshilfe ausgewählt, Vertrag gemeinsam gelesen; Abrechnung direkt mit der Pflegekasse. "
                  "Antrag auf Hausnotruf ausgefüllt und abgeschickt.",
                  "Rückmeldung der Pflegekasse abwarten.", -40),
            Visit(40, 45, ("einsamkeit", "mobilitaet"),
                  "Haushaltshilfe kommt dienstags, Frau H. ist sehr zufrieden. Hausnotruf ist installiert und "
                  "getestet. Seit die Nachbarin ins Heim gezogen ist, fühlt sie sich einsam; Interesse am "
                  "Spielenachmittag, traut sich den Weg aber allein nicht zu.",
                  "Fahrdienst anfragen; zum ersten Spielenachmittag begleiten.", 0),
        ),
        (
            Task("fahrdienst", -30, "Fahrdienst zum Spielenachmittag beim Seniorennetzwerk anfragen", done=True),
            Task("tochter-info", 3, "Tochter über den Stand informieren (Einwilligung Angehörige liegt vor)"),
            Task("beratungseinsatz", 21,
                 "An den halbjährlichen Beratungseinsatz nach § 37 Abs. 3 SGB XI erinnern (Pflegegeld)"),
        ),
    ),
    Contact(
        "ar-kemper", "Heinz und Ursula Kemper", A, "Scharnhorststraße 18, 59759 Arnsberg (Hüsten)",
        "0152 28852310", "Ehefrau Ursula Kemper (pflegt); Sohn Markus Kemper, 0152 28852377", ALL, 200, 3,
        "Herr K. (81) hat eine beginnende Demenz und findet sich außerhalb der Wohnung nicht mehr zurecht, nachts "
        "ist er oft unruhig. Frau K. (78) pflegt allein und ist erschöpft. Wunsch: stundenweise Entlastung und "
        "einmal im Jahr ein paar Tage Urlaub.",
        "Tagespflege in Hüsten an zwei Tagen; Gesprächskreis für Angehörige von Menschen mit Demenz; Pflegekurs "
        "für Angehörige (§ 45 SGB XI); Verhinderungspflege aus dem gemeinsamen Jahresbetrag.",
        (
            Visit(200, 90, ("pflegegrad", "angehoerige", "entlastung"),
                  "Erstgespräch mit Frau K. Herr K. hatte Pflegegrad 2, der Hilfebedarf ist seit einem halben Jahr "
                  "deutlich gestiegen. Höherstufung besprochen.",
                  "Antrag auf Höherstufung stellen, Pflegetagebuch führen.", -170),
            Visit(170, 60, ("antraege", "pflegegrad"),
                  "Antrag gemeinsam ausgefüllt, Pflegetagebuch erklärt. Frau K. bittet um Begleitung bei der "
                  "Begutachtung durch den Medizinischen Dienst.",
                  "Termin der Begutachtung abwarten.", -120),
            Visit(120, 120, ("pflegegrad", "angehoerige"),
                  "Bei der Begutachtung dabei. Frau K. konnte dank Tagebuch gut schildern, wie die Nächte "
                  "verlaufen. Danach Gespräch über Tagespflege.",
                  "Zwei Tagespflegen zum Probetag anfragen.", -60),
            Visit(60, 60, ("entlastung", "angehoerige"),
                  "Bescheid: Pflegegrad 3. Tagespflege an zwei Tagen begonnen, Herr K. geht gern hin. Frau K. wirkt "
                  "erholter und plant mit dem Sohn eine Kurzreise im Frühjahr.",
                  "Pflegekurs anmelden; Sohn zu Vorsorgevollmacht informieren.", 25),
        ),
        (
            Task("pflegekurs", -20, "Frau K. für den Pflegekurs für Angehörige anmelden", done=True),
            Task("vollmacht", 10, "Infomaterial Vorsorgevollmacht und Betreuungsverfügung für den Sohn mitbringen"),
            Task("verhinderungspflege", 45, "Antrag auf Verhinderungspflege für die Kurzreise vorbereiten"),
        ),
    ),
    Contact(
        "ar-yilmaz", "Familie Yılmaz (Emre, 9 Jahre)", A, "Schreppenberger Weg 15, 59821 Arnsberg (Alt-Arnsberg)",
        "0172 9925990", "Mutter Derya Yılmaz; Vater Murat Yılmaz", ALL, 90, 3,
        "Emre nutzt einen Rollstuhl und braucht Hilfe bei Körperpflege und Anziehen. Das Bad hat nur eine Wanne, "
        "die Mutter hebt ihn hinein und hat Rückenschmerzen. Behördenbriefe sind für die Familie schwer "
        "verständlich. Wunsch: Badumbau, Entlastung am Nachmittag, Kontakt zu anderen Familien.",
        "Zuschuss zur Wohnumfeldverbesserung für den Badumbau; Familienentlastender Dienst über den "
        "Entlastungsbetrag; Inklusionsnetz Neheim; Elterngruppe für Familien mit behinderten Kindern.",
        (
            Visit(90, 90, ("wohnen", "antraege", "angehoerige"),
                  "Erstbesuch mit beiden Eltern. Bad mit Wanne, Türbreite 70 cm. Bodengleiche Dusche und Zuschuss "
                  "der Pflegekasse (bis 4.180 € je Maßnahme) besprochen.",
                  "Zwei Kostenvoranschläge einholen.", -60),
            Visit(60, 60, ("antraege", "wohnen", "entlastung"),
                  "Antrag auf Zuschuss mit zwei Kostenvoranschlägen abgeschickt. Der Entlastungsbetrag wurde bisher "
                  "nicht genutzt – Familienentlastenden Dienst vorgestellt.",
                  "Erstgespräch mit dem Dienst vereinbaren.", -14),
            Visit(14, 45, ("entlastung", "einsamkeit"),
                  "Zuschuss bewilligt, der Umbau beginnt in drei Wochen. Der Familienentlastende Dienst kommt "
                  "mittwochs. Emre möchte gern schwimmen lernen.",
                  "Inklusive Schwimmangebote in Arnsberg und Menden heraussuchen.", 30),
        ),
        (
            Task("schwimmkurs", 7, "Inklusive Schwimmangebote recherchieren (Rettungsschwimmer Menden fragen)"),
            Task("umbau-nachfragen", 25, "Nach dem Badumbau nachfragen, ob alles passt"),
        ),
    ),
    Contact(
        "ar-schroeer", "Anneliese Schröer", A, "Freienohler Straße 27, 59823 Arnsberg (Oeventrop)",
        "0152 28853408", "Sohn Bernd Schröer (wohnt im Haus), 0152 28853499", ALL, 300, 4,
        "Seit einem Oberschenkelhalsbruch überwiegend bettlägerig. Der Sohn pflegt neben seiner Arbeit, ein "
        "Pflegedienst kommt morgens. Wunsch: Entlastung für den Sohn am Wochenende, Hilfe bei Hilfsmitteln.",
        "Pflegedienst (Kombinationsleistung); Pflegebett und Wechseldruckmatratze; Pflegehilfsmittel zum "
        "Verbrauch; Kurzzeitpflege im Sommer.",
        (
            Visit(300, 60, ("pflegegrad", "wohnen"),
                  "Erstbesuch nach Entlassung aus dem Krankenhaus. Pflegegrad 4 liegt vor. Zimmer im Erdgeschoss "
                  "eingerichtet; Pflegebett fehlt noch.",
                  "Verordnung für das Pflegebett beim Hausarzt anregen.", -200),
            Visit(200, 45, ("wohnen", "entlastung"),
                  "Pflegebett und Matratze sind geliefert. Der Sohn kennt jetzt die monatlichen Pflegehilfsmittel "
                  "zum Verbrauch und bestellt sie über eine Apotheke.",
                  "", -3),
            Visit(3, 60, ("angehoerige", "entlastung"),
                  "Frau S. freut sich über Besuch und erzählt viel von früher. Der Sohn wirkt erschöpft und hatte "
                  "seit Monaten kein freies Wochenende. Kurzzeitpflege im Sommer und stundenweise Betreuung "
                  "besprochen.",
                  "Kurzzeitpflegeplätze anfragen; Betreuungsdienst für Samstage suchen.", 60),
        ),
        (
            Task("pflegebett", -200, "Pflegebett über Hausarzt-Verordnung beantragen", done=True),
            Task("kurzzeitpflege", 40, "Kurzzeitpflegeplätze für Juli anfragen (früh reservieren)"),
        ),
    ),
    Contact(
        "ar-brueggemann", "Wilhelm Brüggemann", A, "Zum Steinberg 5, 59759 Arnsberg (Bruchhausen)",
        "0152 28854012", "", ("kontaktdaten", "weitergabe"), 50, None,
        "Seit dem Tod seiner Frau vor einem Jahr viel allein. Hat das Auto verkauft und kommt kaum noch aus dem "
        "Dorf. Wünscht Kontakte, Begleitung zu Veranstaltungen und Hilfe beim Smartphone, um mit den Enkeln "
        "in Hamburg zu telefonieren.",
        "Erzählcafé des Heimatvereins Bruchhausen; Smartphone-Kurs im Seniorennetzwerk Hüsten.",
        (
            Visit(50, 60, ("einsamkeit", "mobilitaet"),
                  "Erstbesuch nach Hinweis der Nachbarin. Herr B. ist freundlich, aber sehr zurückgezogen. Er "
                  "möchte nur Kontaktdaten speichern lassen und an Angebote vermittelt werden.",
                  "Termine des Erzählcafés mitbringen.", -20),
            Visit(20, 45, ("einsamkeit",),
                  "Herr B. war im Erzählcafé und hat zwei frühere Arbeitskollegen getroffen. Er möchte lernen, "
                  "Videoanrufe zu machen.",
                  "Anmeldung zum Smartphone-Kurs, Mitfahrgelegenheit klären.", 40),
        ),
        (
            Task("smartphone-kurs", 5, "Für den Smartphone-Kurs in Hüsten anmelden und Mitfahrgelegenheit klären"),
        ),
    ),
    Contact(
        "ar-lueke", "Maria Lüke", A, "Schlossstraße 40, 59757 Arnsberg (Herdringen)", "0152 28854077",
        "Ehemann Josef Lüke", ("kontaktdaten", "gesundheitsdaten", "angehoerige"), 25, 0,
        "Nach einer Hüft-OP im Herbst unsicher auf den Beinen, die Treppe zum Bad ist schwierig. Noch kein "
        "Pflegegrad. Der Ehemann hilft, ist aber selbst herzkrank. Wunsch: klären, ob ein Pflegegrad infrage "
        "kommt; Haltegriffe im Bad.",
        "Antrag auf Pflegegrad vorbereitet; Toilettensitzerhöhung über den Hausarzt.",
        (
            Visit(25, 75, ("pflegegrad", "wohnen"),
                  "Erstbesuch. Ablauf von Antrag und Begutachtung erklärt, Pflegetagebuch dagelassen. Bad und "
                  "Treppe angesehen: Haltegriffe und Sitzerhöhung würden viel helfen.",
                  "Antrag stellen; Handwerker für Haltegriffe suchen.", 5),
        ),
        (
            Task("antrag-pflegegrad", 2, "Antrag auf Pflegegrad bei der Pflegekasse stellen (Datum notieren)"),
            Task("haltegriffe", 14, "Ehrenamtliche Hilfe für Haltegriffe im Bad vermitteln"),
        ),
    ),
)
