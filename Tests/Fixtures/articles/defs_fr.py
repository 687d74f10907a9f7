"""French articles: WordPress, news sites (one in ISO-8859-1), Markdown, JSON and text."""

from generate import article, body_of, news_ld

NB = "\u00a0"  # French typography: a no-break space inside « » and before : ; ? !

article(
    file="fr-wp-marche-couvert.html", shape="wordpress", lang="fr",
    title="Le marché couvert de Saint-Aubin rouvrira au printemps",
    authors=["Claire Vasseur"], published="2025-10-14", published_at="2025-10-14T07:45:00+02:00",
    site="L’Écho de la Vallée",
    paras=[
        "Fermé depuis l’incendie de février 2024, le marché couvert de Saint-Aubin rouvrira ses portes le 5 avril prochain, a annoncé lundi la mairie à l’issue du conseil municipal.",
        "Les travaux, d’un montant de 1,8 million d’euros, ont permis de remplacer la charpente métallique et d’installer une trentaine d’étals réfrigérés.",
        f"«{NB}Ce marché, c’est le cœur du bourg. Sans lui, le centre-ville s’est vidé le samedi matin{NB}», a déclaré la maire, Hélène Dufresne, devant les élus. «{NB}Nous avons tenu les délais malgré les intempéries.{NB}»",
        "Le 9 février 2024, un court-circuit dans un local technique avait provoqué un incendie qui avait détruit la moitié de la toiture. Aucun blessé n’était à déplorer.",
        f"Les commerçants, installés depuis sous des barnums sur la place de l’Église, attendent la réouverture avec impatience. Joël Marchand, fromager depuis trente ans, a confié le 12 octobre avoir perdu près d’un quart de sa clientèle. «{NB}L’hiver sous la toile, c’était dur pour nous comme pour les clients{NB}», a-t-il expliqué.",
        "Selon un adjoint au maire, les loyers des étals resteront inchangés la première année.",
        "Dufresne a précisé qu’une fête d’inauguration serait organisée le jour de la réouverture, avec les producteurs de la vallée.",
    ],
    not_in_body=["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée.",
                 "Voir tous les articles de Claire Vasseur", "Articles similaires", "Articles récents",
                 "Enfin une bonne nouvelle pour le bourg"],
    not_authors=["Mireille Caron"],
    quotes=[("Dufresne", None, "Ce marché, c’est le cœur du bourg"),
            ("Dufresne", None, "Nous avons tenu les délais"),
            ("Marchand", "12 octobre", "L’hiver sous la toile")],
    wp={"host": "echodelavallee.fr", "slug": "marche-couvert-saint-aubin-reouverture", "author_slug": "cvasseur",
        "person_id": "c1a2e3b4d5f6", "modified": "2025-10-15T09:10:00+02:00", "category": "Actualités",
        "locale": "fr_FR", "home": "Accueil", "tagline": "L’actualité de Saint-Aubin et des environs",
        "menu": ["Actualités", "Sports", "Culture", "Agenda"],
        "tags": ["marché", "Saint-Aubin", "commerce"],
        "related": [("Le parking de la gare devient payant", "2 septembre 2025"),
                    ("Incendie au marché couvert : la toiture détruite", "9 février 2024")],
        "comments": [("Mireille Caron", "2025-10-14T10:02:00+02:00", "14 octobre 2025 à 10 h 02 min",
                      "Enfin une bonne nouvelle pour le bourg ! Les producteurs bio seront-ils de retour ?")],
        "post_id": 3310, "recent": ["Le parking de la gare devient payant", "Rentrée : 40 élèves de plus"],
        "bio": "Claire Vasseur suit la vie municipale et économique de la vallée depuis 2016.",
        "date_text": "14 octobre 2025", "modified_text": "15 octobre 2025",
        "prev": "Rentrée : 40 élèves de plus", "next": "Agenda du week-end"},
)

article(
    file="fr-news-latin1-vendanges.html", shape="newsroom", lang="fr", encoding="iso-8859-1",
    title="Vendanges précoces dans le Bordelais après un été caniculaire",
    authors=["Antoine Lebrun"], published="2025-08-26", published_at="2025-08-26T06:30:00+02:00",
    site="Le Courrier d'Aquitaine",
    paras=[
        "Les premières grappes de merlot ont été coupées lundi dans plusieurs domaines de l'Entre-deux-Mers, avec près de trois semaines d'avance sur le calendrier habituel.",
        "La chaleur de juillet a accéléré la maturation des raisins, mais elle a aussi réduit les volumes : la récolte pourrait baisser de 15 % par rapport à l'an dernier, selon la chambre d'agriculture.",
        f"«{NB}Le raisin est sain, très concentré, mais il y en a moins{NB}», a résumé Bernard Lacoste, vigneron à Targon depuis 1988. «{NB}Il faut vendanger tôt le matin pour garder la fraîcheur.{NB}»",
        "Le 14 août, la préfecture avait autorisé le travail de nuit dans les vignes pour protéger les saisonniers de la chaleur.",
        f"Pour Sylvie Moreau, oenologue au laboratoire départemental, le millésime pourrait surprendre. «{NB}Les acidités sont meilleures que ce que l'on craignait{NB}», a-t-elle déclaré le 22 août.",
        "Un responsable du syndicat viticole a indiqué que la main-d'oeuvre restait difficile à trouver, malgré des salaires revalorisés.",
        "Lacoste compte terminer ses vendanges avant la mi-septembre, si l'orage annoncé pour la fin de semaine épargne ses parcelles.",
    ],
    not_in_body=["Accepter", "Paramétrer les cookies", "Les plus lus", "Abonnez-vous", "Publié le"],
    quotes=[("Lacoste", None, "Le raisin est sain"),
            ("Lacoste", None, "Il faut vendanger tôt"),
            ("Moreau", "22 août", "Les acidités sont meilleures")],
    news={
        "charset": "iso-8859-1",
        "title_tag": "Vendanges précoces dans le Bordelais après un été caniculaire - Le Courrier d'Aquitaine",
        "meta": [("property", "og:title", "Vendanges précoces dans le Bordelais après un été caniculaire"),
                 ("property", "og:site_name", "Le Courrier d'Aquitaine"),
                 ("property", "article:published_time", "2025-08-26T06:30:00+02:00"),
                 ("property", "article:modified_time", "2025-08-26T18:05:00+02:00"),
                 ("name", "author", "Antoine Lebrun")],
        "jsonld": news_ld("Vendanges précoces dans le Bordelais après un été caniculaire", ["Antoine Lebrun"],
                          "2025-08-26T06:30:00+02:00", "2025-08-26T18:05:00+02:00", "Le Courrier d'Aquitaine",
                          "https://www.courrier-aquitaine.example/economie/vendanges-precoces", lang="fr"),
        "jsonld_ascii": True, "section": "economie",
        "cookie": "Nous utilisons des cookies pour mesurer l'audience et vous proposer des contenus adaptés.",
        "cookie_accept": "Accepter", "cookie_manage": "Paramétrer les cookies",
        "nav": ["Actualité", "Économie", "Sports", "Région"], "logo": "Le Courrier d'Aquitaine",
        "nav_label": "Menu principal",
        "account": '<a href="/abonnement">Abonnez-vous</a>',
        "byline_html": 'Par <a href="/auteurs/antoine-lebrun" rel="author">Antoine Lebrun</a>',
        "dates_html": 'Publié le <time datetime="2025-08-26T06:30:00+02:00">26/08/2025 à 06h30</time>, '
                      'mis à jour le <time datetime="2025-08-26T18:05:00+02:00">26/08/2025 à 18h05</time>',
        "most_read": ("Les plus lus", ["Bordeaux : la rocade fermée ce week-end", "Bassin d'Arcachon : alerte aux orages"]),
        "footer": "© 2025 Le Courrier d'Aquitaine",
    },
)

article(
    file="fr-news-conseil-europeen.html", shape="newsroom", lang="fr",
    title="Bruxelles : accord de dernière minute sur le budget agricole européen",
    authors=["Mathilde Garnier", "Youssef Benali"], published="2025-12-12", published_at="2025-12-12T23:40:00+01:00",
    site="La Gazette Continentale",
    paras=[
        "Après quinze heures de négociations, les ministres de l’Agriculture des Vingt-Sept sont parvenus vendredi soir à un accord sur la répartition des aides agricoles pour les deux prochaines années.",
        "Le compromis maintient l’enveloppe globale mais réserve une part plus importante aux petites exploitations et aux jeunes agriculteurs.",
        f"«{NB}Personne n’a tout obtenu, mais personne n’est reparti les mains vides{NB}», a estimé la commissaire européenne chargée de l’Agriculture, Ingrid Vasterling, à la sortie de la réunion. «{NB}C’est un bon accord pour les campagnes.{NB}»",
        f"La ministre française, Agnès Rolland, s’est félicitée d’avoir obtenu des garanties sur les aides à l’élevage. «{NB}La France avait fixé des lignes rouges, elles ont été respectées{NB}», a déclaré Rolland.",
        "Le 8 décembre, plusieurs centaines d’agriculteurs avaient manifesté devant les institutions européennes avec leurs tracteurs pour dénoncer la baisse de leurs revenus.",
        "Un diplomate d’un pays d’Europe centrale a toutefois regretté que les aides à la modernisation des exploitations restent insuffisantes à l’Est.",
        "L’accord doit encore être approuvé par le Parlement européen, probablement en février.",
    ],
    not_in_body=["Nous utilisons des cookies", "Tout accepter", "À lire aussi", "Partager", "Mis à jour"],
    quotes=[("Vasterling", None, "Personne n’a tout obtenu"),
            ("Vasterling", None, "C’est un bon accord"),
            ("Rolland", None, "La France avait fixé des lignes rouges")],
    news={
        "title_tag": "Bruxelles : accord de dernière minute sur le budget agricole européen | La Gazette Continentale",
        "meta": [("property", "og:title", "Bruxelles : accord de dernière minute sur le budget agricole européen"),
                 ("property", "og:site_name", "La Gazette Continentale"),
                 ("property", "article:published_time", "2025-12-12T23:40:00+01:00")],
        "jsonld": news_ld("Bruxelles : accord de dernière minute sur le budget agricole européen",
                          ["Mathilde Garnier", "Youssef Benali"], "2025-12-12T23:40:00+01:00",
                          "2025-12-13T10:15:00+01:00", "La Gazette Continentale",
                          "https://www.gazettecontinentale.example/europe/budget-agricole-accord", lang="fr-FR",
                          section="Europe"),
        "jsonld_indent": 2, "section": "europe",
        "cookie": "Nous utilisons des cookies pour améliorer votre expérience.", "cookie_accept": "Tout accepter",
        "cookie_manage": "Personnaliser",
        "nav": ["International", "Europe", "Politique", "Économie", "Culture"], "logo": "La Gazette Continentale",
        "byline_html": 'Par <a rel="author" href="/auteur/mathilde-garnier">Mathilde Garnier</a> et '
                       '<a rel="author" href="/auteur/youssef-benali">Youssef Benali</a> (à Bruxelles)',
        "dates_html": 'Publié le 12 décembre 2025 à 23h40 · Mis à jour le 13 décembre 2025 à 10h15',
        "share": ["Partager", "Copier le lien"],
        "related": ("À lire aussi", ["PAC : ce qui change en 2026", "La colère des agriculteurs devant le Parlement"]),
    },
)

article(
    file="fr-text-greve-enseignants.txt", shape="text", lang="fr",
    title="Grève des enseignants : un collège sur trois perturbé en Bretagne",
    authors=["Gaëlle Le Goff", "Pierre Tanguy"], published="2026-01-23", published_at=None, site=None,
    text_head=["Grève des enseignants : un collège sur trois perturbé en Bretagne", "",
               "Par Gaëlle Le Goff et Pierre Tanguy", "23 janvier 2026"],
    text_tail=["Gaëlle Le Goff est journaliste au service Éducation de l’Ouest Républicain.", "",
               "Partager cet article"],
    paras=[
        "Un collège sur trois a fonctionné au ralenti jeudi en Bretagne, au premier jour d’une grève des enseignants contre la réforme des groupes de niveau, selon le rectorat.",
        "Dans certains établissements de Rennes et de Brest, plus de la moitié des professeurs étaient absents, et les élèves ont été renvoyés chez eux à midi.",
        f"«{NB}On nous demande de trier les élèves dès la sixième, et nous refusons de le faire{NB}», a expliqué Nolwenn Kerbrat, professeure de mathématiques et représentante syndicale à Quimper. «{NB}Ce n’est pas une question de moyens, c’est une question de principe.{NB}»",
        f"Le recteur, Jean-Marc Delorme, a défendu la réforme le 21 janvier devant la presse. «{NB}Les groupes de niveau permettent d’aider ceux qui décrochent{NB}», a affirmé Delorme.",
        "Le 15 janvier, une première réunion entre les syndicats et le rectorat s’était terminée sans accord.",
        "Un proviseur de Lorient, qui a souhaité garder l’anonymat, a reconnu que la mise en place de la réforme posait des problèmes d’emploi du temps.",
        "Les syndicats appellent à une nouvelle journée de mobilisation le 3 février.",
    ],
    not_in_body=["Par Gaëlle Le Goff et Pierre Tanguy", "Partager cet article",
                 "Gaëlle Le Goff est journaliste au service Éducation"],
    quotes=[("Kerbrat", None, "On nous demande de trier les élèves"),
            ("Kerbrat", None, "Ce n’est pas une question de moyens"),
            ("Delorme", "21 janvier", "Les groupes de niveau permettent")],
)

article(
    file="fr-md-jardin-partage.md", shape="markdown", lang="fr",
    title="À Villeurbanne, un jardin partagé sauvé par ses voisins",
    authors=["Sophie Ramirez"], published="2025-06-09", published_at="2025-06-09T09:00:00+02:00", site=None,
    md={"front": [("title", "À Villeurbanne, un jardin partagé sauvé par ses voisins"), ("date", "2025-06-09T09:00:00+02:00"),
                  ("auteur", "Sophie Ramirez"), ("lang", "fr"), ("tags", ["jardins", "Villeurbanne", "quartiers"])],
        "after": ["---", "", "*Cet article vous a plu ? Abonnez-vous à notre lettre d’information.*"]},
    paras=[
        "Menacé par un projet immobilier, le jardin partagé de la rue des Tilleuls, à Villeurbanne, restera finalement un espace vert : la métropole a annoncé jeudi le rachat de la parcelle de 1 200 mètres carrés.",
        "Créé en 2011 par une poignée d’habitants, le jardin compte aujourd’hui 64 parcelles cultivées par des familles, une école et un foyer de personnes âgées.",
        f"«{NB}Quand on a reçu le courrier annonçant la vente, on a cru que tout était fini{NB}», raconte Fatima Bouzid, présidente de l’association des jardiniers. «{NB}Mais le quartier s’est mobilisé comme jamais.{NB}»",
        "Une pétition a recueilli plus de 5 000 signatures, et une centaine d’habitants ont assisté au conseil métropolitain du 2 juin.",
        f"L’adjoint à l’urbanisme, Laurent Peyrache, a reconnu le 5 juin que la mobilisation avait pesé. «{NB}On ne peut pas parler de ville durable et bétonner le seul jardin d’un quartier{NB}», a dit Peyrache.",
        "Selon un agent de la métropole, le rachat coûtera environ 900 000 euros, financés par le fonds pour la nature en ville.",
        "L’association prévoit une grande fête de quartier le 21 juin, avec [un repas partagé](https://example.org/jardin-tilleuls) entre les parcelles.",
    ],
    not_in_body=["Abonnez-vous à notre lettre d’information"],
    quotes=[("Bouzid", None, "Quand on a reçu le courrier"),
            ("Bouzid", None, "Mais le quartier s’est mobilisé"),
            ("Peyrache", "5 juin", "On ne peut pas parler de ville durable")],
)


def fr_jsonld(a):
    obj = news_ld(a["title"], a["authors"], a["published_at"], "2025-03-19T08:00:00+01:00", a["site"],
                  "https://www.lanouvellerepublique-des-alpes.example/societe/refuge-montagne",
                  lang="fr-FR", section="Société")
    obj["articleBody"] = body_of(a)
    obj["description"] = "Le refuge du col de la Vanoise rouvrira cet été."
    obj["comment"] = [{"@type": "Comment", "author": {"@type": "Person", "name": "Bertrand Lefort"},
                       "text": "Très bonne nouvelle pour les randonneurs !"}]
    return obj


article(
    file="fr-jsonld-refuge-montagne.json", shape="json", lang="fr",
    title="Le refuge du col de l’Ours rouvrira cet été après trois ans de travaux",
    authors=["Camille Perrin"], published="2025-03-18", published_at="2025-03-18T17:20:00+01:00",
    site="La Nouvelle République des Alpes", json=fr_jsonld,
    paras=[
        "Le refuge du col de l’Ours, à 2 600 mètres d’altitude, accueillera de nouveau les randonneurs à partir du 20 juin, après trois saisons de fermeture pour reconstruction, a annoncé mardi le Club alpin.",
        "Le nouveau bâtiment, en bois et en pierre, compte 48 couchages, contre 30 auparavant, et fonctionne entièrement à l’énergie solaire.",
        f"«{NB}Construire à cette altitude, c’est travailler quatre mois par an, avec des hélicoptères pour chaque poutre{NB}», a expliqué l’architecte du projet, Hugo Savoyard. «{NB}Le chantier a été une école de patience.{NB}»",
        "Le 4 octobre 2022, une avalanche précoce avait endommagé l’ancien refuge, construit en 1954, au point de rendre sa rénovation impossible.",
        f"La gardienne, Élodie Masson, qui tenait déjà l’ancien refuge, a dit le 15 mars avoir hâte de retrouver ses habitués. «{NB}Certains montent ici depuis quarante ans, ils m’ont écrit tout l’hiver{NB}», a confié Masson.",
        "Un responsable du parc national a précisé que la réservation serait obligatoire en juillet et en août.",
        "Le coût total des travaux s’élève à 3,2 millions d’euros, financés en partie par la région.",
    ],
    not_in_body=["Bertrand Lefort", "Très bonne nouvelle pour les randonneurs"],
    not_authors=["Bertrand Lefort"],
    quotes=[("Savoyard", None, "Construire à cette altitude"),
            ("Savoyard", None, "Le chantier a été une école"),
            ("Masson", "15 mars", "Certains montent ici depuis quarante ans")],
)
