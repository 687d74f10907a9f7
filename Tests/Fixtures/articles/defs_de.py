"""German articles: news sites, Markdown, JSON and text."""

from generate import article, body_of, news_ld

COOKIE_DE = ("Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und "
             "Zugriffe zu analysieren. <a href=\"/datenschutz\">Datenschutzerklärung</a>")

article(
    file="de-news-strassenbahn.html", shape="newsroom", lang="de",
    title="Neue Straßenbahnlinie in Kessenburg verzögert sich um zwei Jahre",
    authors=["Jonas Albrecht", "Miriam Yilmaz"], published="2025-11-20", published_at="2025-11-20T15:47:00+01:00",
    site="Kessenburger Rundschau",
    paras=[
        "Die geplante Straßenbahnlinie 4 zwischen dem Hauptbahnhof und dem Stadtteil Lindenau wird frühestens 2030 in Betrieb gehen, zwei Jahre später als vorgesehen. Das hat die Stadtverwaltung am Donnerstag im Verkehrsausschuss mitgeteilt.",
        "Grund seien Probleme mit dem Baugrund entlang der Weserstraße und gestiegene Kosten für Schienen und Oberleitungen. Die Gesamtkosten steigen von 210 auf 265 Millionen Euro.",
        "„Wir hätten uns eine bessere Nachricht gewünscht, aber wir bauen lieber solide als schnell“, sagte Baudezernentin Katrin Oberländer im Ausschuss. „Die Linie kommt, daran gibt es keinen Zweifel.“",
        "Die Opposition reagierte mit scharfer Kritik. Fraktionschef Holger Brandes sagte am 18. November, die Verwaltung habe die Risiken seit Langem gekannt. „Die Bürger in Lindenau warten seit zwanzig Jahren auf diese Bahn“, sagte Brandes.",
        "Am 3. März 2024 hatten Probebohrungen unter der Weserstraße alte Kanäle und lockeren Sand gefunden.",
        "Ein Sprecher der Verkehrsbetriebe sagte, bis zur Eröffnung würden zusätzliche Busse auf der Strecke eingesetzt. Schon heute fährt die Buslinie 17 zwischen Hauptbahnhof und Lindenau im Berufsverkehr alle fünf Minuten und ist trotzdem oft überfüllt.",
        "Auch die Geschäftsleute an der Weserstraße sind unzufrieden. Sie hatten sich auf eine kurze Bauzeit eingestellt und fürchten nun jahrelange Baustellen vor ihren Läden. Die Stadt will mit ihnen über Entschädigungen sprechen.",
        "Oberländer kündigte an, dem Stadtrat im Januar einen neuen Zeitplan vorzulegen.",
    ],
    not_in_body=["Wir verwenden Cookies", "Alle akzeptieren", "Einstellungen", "Meistgelesen", "Aktualisiert",
                 "Mehr zum Thema", "Anzeige"],
    quotes=[("Oberländer", None, "Wir hätten uns eine bessere Nachricht"),
            ("Oberländer", None, "Die Linie kommt"),
            ("Brandes", "18. November", "Die Bürger in Lindenau")],
    news={
        "title_tag": "Neue Straßenbahnlinie in Kessenburg verzögert sich um zwei Jahre | Kessenburger Rundschau",
        "meta": [("property", "og:title", "Neue Straßenbahnlinie in Kessenburg verzögert sich um zwei Jahre"),
                 ("property", "og:site_name", "Kessenburger Rundschau"),
                 ("property", "article:published_time", "2025-11-20T15:47:00+01:00"),
                 ("property", "article:modified_time", "2025-11-21T09:02:00+01:00")],
        "jsonld": news_ld("Neue Straßenbahnlinie in Kessenburg verzögert sich um zwei Jahre",
                          ["Jonas Albrecht", "Miriam Yilmaz"], "2025-11-20T15:47:00+01:00", "2025-11-21T09:02:00+01:00",
                          "Kessenburger Rundschau", "https://www.kessenburger-rundschau.example/lokales/strassenbahn-linie-4",
                          lang="de-DE", section="Lokales"),
        "section": "lokales", "cookie": COOKIE_DE, "cookie_accept": "Alle akzeptieren", "cookie_manage": "Einstellungen",
        "nav": ["Lokales", "Politik", "Wirtschaft", "Sport", "Kultur"], "logo": "Kessenburger Rundschau",
        "nav_label": "Hauptnavigation", "account": '<a href="/abo">Abo</a> <a href="/login">Anmelden</a>',
        "crumbs": ["Lokales", "Kessenburg"],
        "byline_html": 'Von <a href="/autoren/jonas-albrecht" rel="author">Jonas Albrecht</a> und '
                       '<a href="/autoren/miriam-yilmaz" rel="author">Miriam Yilmaz</a>',
        "dates_html": '<time datetime="2025-11-20T15:47:00+01:00">20.11.2025, 15:47 Uhr</time> '
                      '<span>Aktualisiert: 21.11.2025, 09:02 Uhr</span>',
        "promo": (3, '<p class="ad-label">Anzeige</p><p><strong>Mehr zum Thema</strong>: '
                     '<a href="/lokales/weserstrasse">Baustelle Weserstraße</a></p>'),
        "most_read": ("Meistgelesen", ["Weihnachtsmarkt öffnet früher", "Brücke am Stadthafen gesperrt"]),
        "footer_links": ["Impressum", "Datenschutz", "Kontakt"],
    },
)

article(
    file="de-news-wolf-monitoring.html", shape="newsroom", lang="de",
    title="Wölfe im Oberland: Zahl der Rudel hat sich verdoppelt",
    authors=["Franziska Huber"], published="2025-04-08", published_at="2025-04-08T10:12:00+02:00",
    site="Alpenländische Zeitung",
    paras=[
        "Im Oberland leben inzwischen sechs Wolfsrudel, doppelt so viele wie vor drei Jahren. Das geht aus dem Monitoringbericht hervor, den das Landesamt für Umwelt am Dienstag vorgestellt hat.",
        "Insgesamt wurden im vergangenen Jahr 41 Tiere nachgewiesen, vor allem durch Fotofallen und genetische Proben.",
        "„Der Wolf ist zurück, und er wird bleiben“, sagte die Leiterin des Monitorings, Dr. Sabine Krämer. „Unsere Aufgabe ist es, das Zusammenleben mit den Weidetieren zu organisieren.“",
        "Schafhalter sehen die Entwicklung mit Sorge. Georg Pfeiffer, Vorsitzender des Schafzuchtverbands, sagte am 5. April, im vergangenen Sommer seien mehr als 120 Schafe gerissen worden. „Herdenschutz klingt gut, aber auf steilen Almen funktioniert kein Zaun“, sagte Pfeiffer.",
        "Am 12. Juli 2024 hatte ein Wolf in der Nähe von Grainau erstmals ein Kalb gerissen.",
        "Ein Sprecher des Umweltministeriums kündigte an, die Förderung für Schutzzäune und Herdenschutzhunde im kommenden Jahr zu erhöhen.",
        "Ein Sprecher des Umweltministeriums kündigte zudem an, die Bearbeitung von Entschädigungsanträgen zu beschleunigen. Bislang warten Tierhalter im Schnitt vier Monate auf ihr Geld, in Einzelfällen mehr als ein Jahr.",
        "Krämer betonte, dass Wölfe Menschen in aller Regel meiden. Begegnungen seien selten, und wer einem Wolf begegne, solle ruhig bleiben, sich groß machen und langsam zurückgehen. Das Landesamt will im Sommer Informationsabende in den betroffenen Gemeinden anbieten.",
    ],
    not_in_body=["Zustimmen", "Das könnte Sie auch interessieren", "Kommentare", "Lesen Sie auch",
                 "Alois Gruber"],
    not_authors=["Alois Gruber", "Resi Leitner"],
    quotes=[("Krämer", None, "Der Wolf ist zurück"),
            ("Krämer", None, "Unsere Aufgabe ist es"),
            ("Pfeiffer", "5. April", "Herdenschutz klingt gut")],
    news={
        "title_tag": "Wölfe im Oberland: Zahl der Rudel hat sich verdoppelt - Alpenländische Zeitung",
        "meta": [("property", "og:title", "Wölfe im Oberland: Zahl der Rudel hat sich verdoppelt"),
                 ("property", "og:site_name", "Alpenländische Zeitung"),
                 ("property", "article:published_time", "2025-04-08T10:12:00+02:00"),
                 ("name", "author", "Franziska Huber")],
        "section": "bayern", "cookie": COOKIE_DE, "cookie_accept": "Zustimmen", "cookie_manage": "Ablehnen",
        "nav": ["Bayern", "Politik", "Wirtschaft", "Freizeit"], "logo": "Alpenländische Zeitung",
        "byline_html": '<span class="author">Von Franziska Huber</span>',
        "dates_html": '<span>08.04.2025 | Stand: 09.04.2025, 07:30 Uhr</span>',
        "after_body": ['<p class="lesen-sie-auch"><strong>Lesen Sie auch:</strong> '
                       '<a href="/bayern/herdenschutz">Was Herdenschutz kostet</a></p>'],
        "related": ("Das könnte Sie auch interessieren", ["Luchs im Nationalpark gesichtet", "Almsommer beginnt später"]),
        "comments": ("Kommentare", [("Alois Gruber", "vor 3 Stunden", "Auf unserer Alm war letzten Sommer jede Nacht Unruhe."),
                                    ("Resi Leitner", "vor 1 Stunde", "Endlich ehrliche Zahlen.")]),
        "footer_links": ["Impressum", "Datenschutz"],
    },
)

article(
    file="de-text-klinik-fusion.txt", shape="text", lang="de",
    title="Kreiskliniken Ahrtal und Bergstadt fusionieren",
    authors=["Tobias Wendel"], published="2026-01-23", published_at=None, site=None,
    text_head=["Kreiskliniken Ahrtal und Bergstadt fusionieren", "", "23.01.2026", "", "Von Tobias Wendel"],
    text_tail=["Tobias Wendel schreibt für den Westdeutschen Kurier über Gesundheit und Soziales.", "",
               "Artikel teilen"],
    paras=[
        "Die beiden Kreiskliniken in Ahrtal und Bergstadt werden zum 1. Januar 2027 zu einem gemeinsamen Klinikverbund zusammengelegt. Das hat der Kreistag am Donnerstagabend mit großer Mehrheit beschlossen.",
        "Beide Häuser schreiben seit Jahren Verluste, zusammen zuletzt rund 14 Millionen Euro. Künftig sollen Herzmedizin und Geburtshilfe in Bergstadt, Orthopädie und Geriatrie in Ahrtal gebündelt werden.",
        "„Ohne diesen Schritt hätten wir in zwei Jahren womöglich keines der beiden Häuser mehr“, sagte Landrätin Ulrike Sommerfeld nach der Abstimmung. „Wir sichern die Versorgung, statt sie zu verlieren.“",
        "Kritik kommt aus Ahrtal, wo die Geburtsstation schließen soll. Hebamme Lena Kowalczyk sagte am 20. Januar, werdende Mütter müssten künftig bis zu 45 Minuten fahren. „Das ist bei Glatteis im Winter ein echtes Risiko“, sagte Kowalczyk.",
        "Am 9. Dezember hatten rund 2000 Menschen in Ahrtal für den Erhalt der Station demonstriert.",
        "Ein Vertreter der Krankenkassen begrüßte die Entscheidung und sprach von einem überfälligen Schritt.",
        "Für die Beschäftigten soll sich zunächst wenig ändern. Betriebsbedingte Kündigungen sind bis Ende 2029 ausgeschlossen, allerdings müssen sich manche Pflegekräfte auf einen neuen Arbeitsort einstellen. Der Betriebsrat will darüber in den kommenden Wochen mit der Geschäftsführung verhandeln.",
        "Sommerfeld kündigte an, einen Fahrdienst für Schwangere zu prüfen und die Rettungswache in Ahrtal mit einem zusätzlichen Fahrzeug auszustatten.",
    ],
    not_in_body=["23.01.2026", "Von Tobias Wendel", "Tobias Wendel schreibt für den Westdeutschen Kurier", "Artikel teilen"],
    quotes=[("Sommerfeld", None, "Ohne diesen Schritt"),
            ("Sommerfeld", None, "Wir sichern die Versorgung"),
            ("Kowalczyk", "20. Januar", "Das ist bei Glatteis")],
)

article(
    file="de-md-repair-cafe.md", shape="markdown", lang="de",
    title="Reparieren statt wegwerfen: Das Repair-Café in Lindenhof feiert zehn Jahre",
    authors=["Hannah Berger"], published="2025-09-13", published_at=None, site=None,
    md={"front": [("title", "Reparieren statt wegwerfen: Das Repair-Café in Lindenhof feiert zehn Jahre"),
                  ("date", "2025-09-13"), ("author", "Hannah Berger"), ("kategorie", "Stadtleben"),
                  ("schlagworte", ["Repair-Café", "Nachhaltigkeit", "Lindenhof"])],
        "after": ["---", "", "**Weitere Artikel:** [Flohmarkt im Stadtpark](/flohmarkt)"]},
    paras=[
        "Toaster, Nähmaschinen, Fahrradlampen: Seit zehn Jahren bringen die Menschen in Lindenhof einmal im Monat ihre kaputten Geräte ins Gemeindehaus, und ehrenamtliche Tüftler reparieren sie gemeinsam mit ihnen.",
        "Rund 6800 Gegenstände seien in dieser Zeit wieder in Gang gebracht worden, sagt der Verein. Die Erfolgsquote liegt bei etwa zwei Dritteln.",
        "„Viele Leute kommen mit einem Gerät und gehen mit einem neuen Hobby“, sagte Gründer Werner Lohmann, ein pensionierter Elektromeister. „Wir zeigen, dass man keine Angst vor einem Schraubenzieher haben muss.“",
        "Am 28. September 2015 fand das erste Treffen statt, damals mit vier Helfern und einem geliehenen Lötkolben.",
        "Heute gehören 23 Ehrenamtliche zum Team, darunter die Schneiderin Aylin Demir. Sie sagte am 10. September, am häufigsten brächten die Leute Jeans mit kaputtem Reißverschluss. „Ein neuer Reißverschluss kostet drei Euro, eine neue Hose fünfzig“, sagte Demir.",
        "Eine Mitarbeiterin des städtischen Umweltamts sagte, das Café habe Nachahmer in fünf weiteren Stadtteilen gefunden.",
        "Nicht alles lässt sich retten. Bei vielen neuen Geräten sind die Gehäuse verklebt, Ersatzteile gibt es nicht zu kaufen. Lohmann hofft deshalb auf das geplante Recht auf Reparatur der Europäischen Union.",
        "Gefeiert wird am Samstag mit einem *Reparaturmarathon* von zehn bis achtzehn Uhr.",
    ],
    not_in_body=["Weitere Artikel:", "Flohmarkt im Stadtpark"],
    quotes=[("Lohmann", None, "Viele Leute kommen mit einem Gerät"),
            ("Lohmann", None, "Wir zeigen, dass man keine Angst"),
            ("Demir", "10. September", "Ein neuer Reißverschluss kostet")],
)

article(
    file="de-news-schwimmbad-oeffnungszeiten.html", shape="newsroom", lang="de",
    title="Hallenbad Nordstadt bleibt im Winter sonntags geschlossen",
    authors=["Markus Engel"], published="2025-10-30", published_at="2025-10-30T06:00:00+01:00",
    site="Nordstädter Anzeiger",
    paras=[
        "Das Hallenbad Nordstadt bleibt in diesem Winter an Sonntagen geschlossen. Wegen fehlender Fachkräfte könne der Betrieb an sieben Tagen nicht mehr gesichert werden, teilten die Stadtwerke am Mittwoch mit.",
        "Betroffen sind vor allem Familien und Vereine. Der Schwimmverein Nordstadt muss sein Sonntagstraining für Kinder auf den Samstag verlegen, an dem das Becken ohnehin schon voll ist.",
        "„Wir suchen seit einem Jahr zwei Rettungsschwimmer und finden niemanden“, sagte Stadtwerke-Geschäftsführer Peter Lindner. „Sicherheit geht vor, auch wenn uns die Entscheidung schwerfällt.“",
        "Die Vorsitzende des Schwimmvereins, Sandra Köhler, sagte am 28. Oktober, sie habe Verständnis, mache sich aber Sorgen um die Schwimmfähigkeit der Kinder. „Jedes dritte Kind in der Nordstadt kann am Ende der Grundschule nicht sicher schwimmen“, sagte Köhler.",
        "Am 1. September hatten die Stadtwerke die Löhne für Badpersonal bereits um acht Prozent erhöht, bislang ohne Erfolg bei der Suche nach Bewerbern.",
        "Eine Mitarbeiterin der Arbeitsagentur sagte, Rettungsschwimmer gehörten in der Region zu den am schwersten zu besetzenden Berufen.",
        "Lindner kündigte an, die Sonntagsöffnung wieder aufzunehmen, sobald das Personal reiche. Bis dahin können Badegäste am Sonntag auf das Freizeitbad im Nachbarort ausweichen, das allerdings höhere Eintrittspreise verlangt.",
    ],
    not_in_body=["Akzeptieren", "Newsletter abonnieren", "Weitere Nachrichten", "Teilen"],
    quotes=[("Lindner", None, "Wir suchen seit einem Jahr"),
            ("Lindner", None, "Sicherheit geht vor"),
            ("Köhler", "28. Oktober", "Jedes dritte Kind")],
    news={
        "title_tag": "Hallenbad Nordstadt bleibt im Winter sonntags geschlossen | Nordstädter Anzeiger",
        "meta": [("property", "og:title", "Hallenbad Nordstadt bleibt im Winter sonntags geschlossen"),
                 ("property", "og:site_name", "Nordstädter Anzeiger"),
                 ("property", "article:published_time", "2025-10-30T06:00:00+01:00")],
        "jsonld": news_ld("Hallenbad Nordstadt bleibt im Winter sonntags geschlossen", ["Markus Engel"],
                          "2025-10-30T06:00:00+01:00", "2025-10-30T12:40:00+01:00", "Nordstädter Anzeiger",
                          "https://www.nordstaedter-anzeiger.example/lokal/hallenbad-sonntag", lang="de"),
        "section": "lokal", "cookie": COOKIE_DE, "cookie_accept": "Akzeptieren", "cookie_manage": "Ablehnen",
        "nav": ["Lokal", "Sport", "Vereine", "Termine"], "logo": "Nordstädter Anzeiger",
        "byline_html": 'Von <a rel="author" href="/autor/markus-engel">Markus Engel</a>',
        "dates_html": '<time datetime="2025-10-30T06:00:00+01:00">30. Oktober 2025, 6:00 Uhr</time>',
        "after_body": ['<div class="newsletter"><p>Newsletter abonnieren</p></div>'],
        "share": ["Teilen", "Drucken"],
        "related": ("Weitere Nachrichten", ["Eisbahn öffnet am Marktplatz", "Neue Buslinie zum Klinikum"]),
    },
)


def de_export(a):
    """A news app's export: German keys, authors as one string, the body as a list of paragraphs."""
    return {"titel": a["title"], "autoren": " und ".join(a["authors"]), "quelle": a["site"],
            "veroeffentlicht": a["published_at"], "aktualisiert": "2025-05-16T12:00:00+02:00",
            "rubrik": "Wissenschaft", "absaetze": a["paras"],
            "weitere_artikel": ["Feldhamster vor dem Aus?", "Was Bienen im Winter machen"]}


article(
    file="de-json-export-feldlerche.json", shape="json", lang="de",
    title="Feldlerchen kehren auf Blühstreifen zurück",
    authors=["Carolin Weiß", "Deniz Aksoy"], published="2025-05-15", published_at="2025-05-15T08:30:00+02:00",
    site="Grünland Magazin", json=de_export,
    paras=[
        "Auf Äckern mit breiten Blühstreifen brüten deutlich mehr Feldlerchen als auf herkömmlich bewirtschafteten Flächen. Das zeigt eine fünfjährige Studie der Hochschule für Agrarökologie in Wendhausen, die am Donnerstag veröffentlicht wurde.",
        "Die Forscher zählten auf 40 Betrieben die Reviere der Vögel. Auf Flächen mit Blühstreifen waren es im Schnitt 3,4 Reviere pro zehn Hektar, auf den Vergleichsflächen nur 1,1.",
        "„Die Lerche braucht Lücken im Bestand, Insekten und Ruhe während der Brutzeit, und genau das bieten die Streifen“, sagte Studienleiterin Prof. Renate Hollmann. „Schon wenige Meter machen einen Unterschied.“",
        "Landwirt Fritz Eggers, dessen Betrieb an der Studie teilnahm, sagte am 12. Mai, er habe anfangs an dem Nutzen gezweifelt. „Heute höre ich die Lerchen beim Pflügen, das gab es hier zwanzig Jahre nicht“, sagte Eggers.",
        "Am 2. April 2020 hatten die ersten Betriebe ihre Streifen eingesät.",
        "Ein Vertreter des Bauernverbands sagte, viele Betriebe würden mitmachen, wenn die Förderung verlässlich sei. Derzeit werden die Streifen über ein Landesprogramm mit bis zu 900 Euro pro Hektar gefördert.",
        "Hollmann empfiehlt, die Förderung auf mindestens zehn Jahre anzulegen, damit sich die Bestände dauerhaft erholen können.",
    ],
    not_in_body=["Feldhamster vor dem Aus?", "Wissenschaft"],
    quotes=[("Hollmann", None, "Die Lerche braucht Lücken"),
            ("Hollmann", None, "Schon wenige Meter"),
            ("Eggers", "12. Mai", "Heute höre ich die Lerchen")],
)
