"""Spanish articles: Blogger, news sites, Markdown, JSON and text."""

from generate import article, body_of, news_ld

COOKIE_ES = ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios. "
             "<a href=\"/politica-de-cookies\">Más información</a>")

article(
    file="es-blogger-huerto-escolar.html", shape="blogger", lang="es",
    title="El huerto del colegio San Isidro da su primera cosecha",
    authors=["Rocío Almansa"], published="2025-05-27", published_at="2025-05-27T19:30:00+02:00",
    site="Cuaderno de Valdelagua",
    paras=[
        "Este martes los alumnos de quinto del colegio San Isidro recogieron las primeras lechugas, habas y fresas del huerto que plantaron en febrero en un solar abandonado junto al patio.",
        "El proyecto empezó con una idea del AMPA y la ayuda de dos abuelos jubilados del pueblo, que enseñaron a los niños a preparar la tierra y a regar por goteo.",
        "«Al principio pensaban que las fresas salían del supermercado», contó entre risas la maestra Carmen Ibáñez, que coordina el huerto. «Ahora saben cuánto cuesta que crezca una sola.»",
        "Uno de los abuelos, Emilio Sanz, de 78 años, dijo el 24 de mayo que no había trabajado la tierra desde que cerró su finca en 1995. «Me han devuelto las ganas de madrugar», aseguró Sanz.",
        "El 14 de marzo una helada tardía quemó la primera siembra de tomates, y los niños tuvieron que empezar de nuevo con plantones donados por una cooperativa.",
        "Según una técnica del ayuntamiento, el solar se cederá al colegio durante al menos cinco años.",
        "Ibáñez quiere que el curso que viene cada clase tenga su propia parcela. La cosecha de este martes, por cierto, terminó en el comedor escolar.",
    ],
    not_in_body=["No hay comentarios:", "Publicar un comentario", "Publicado por", "Etiquetas:",
                 "Entrada más reciente", "Archivo del blog", "Con la tecnología de Blogger."],
    quotes=[("Ibáñez", None, "Al principio pensaban"),
            ("Ibáñez", None, "Ahora saben cuánto cuesta"),
            ("Sanz", "24 de mayo", "Me han devuelto las ganas")],
    blogger={"host": "cuadernodevaldelagua.blogspot.com", "slug": "el-huerto-del-colegio-san-isidro",
             "description": "Los alumnos de quinto recogieron las primeras lechugas.",
             "tagline": "Noticias pequeñas de un pueblo pequeño",
             "date_header": "martes, 27 de mayo de 2025", "time_text": "19:30",
             "blog_id": "5512093345120077", "post_id": "2209918830012399", "profile": "09918829301177201",
             "labels": ["colegio", "huerto", "Valdelagua"], "archive": [("2025", 14), ("2024", 38)],
             "profile_text": "Periodista jubilada. Escribo sobre lo que pasa en Valdelagua."},
)

article(
    file="es-news-sequia-embalses.html", shape="newsroom", lang="es",
    title="Los embalses del Segre, al 23 % tras el invierno más seco en tres décadas",
    authors=["Jordi Ferrer", "Lucía Montoya"], published="2026-01-23", published_at="2026-01-23T08:15:00+01:00",
    site="Diario del Ebro",
    paras=[
        "Los embalses de la cuenca del Segre se encuentran al 23 % de su capacidad, el nivel más bajo en un mes de enero desde 1994, según los datos publicados el jueves por la confederación hidrográfica.",
        "Las lluvias de otoño fueron menos de la mitad de lo habitual y la nieve acumulada en el Pirineo apenas alcanza un tercio de la media.",
        "“Si la primavera no es lluviosa, tendremos que reducir el riego a la mitad”, advirtió el presidente de la confederación, Manuel Ortiz, en rueda de prensa. “No es una decisión que tomemos a la ligera.”",
        "Los agricultores ya temen por la campaña de fruta. Montserrat Vidal, que cultiva melocotones cerca de Lleida, dijo el 21 de enero que muchos vecinos han aplazado la plantación de árboles nuevos. “Nadie se arriesga a plantar sin saber si habrá agua”, explicó Vidal.",
        "El 12 de diciembre la Generalitat declaró la alerta por sequía en 40 municipios de la comarca.",
        "Un portavoz del Ministerio de Transición Ecológica indicó que se estudian ayudas para los regantes si se confirman los recortes.",
        "Ortiz anunció que la comisión de desembalse se reunirá de nuevo en marzo para revisar las previsiones.",
    ],
    not_in_body=["Utilizamos cookies", "Aceptar", "Configurar", "Lo más leído", "Te puede interesar",
                 "Actualizado"],
    quotes=[("Ortiz", None, "Si la primavera no es lluviosa"),
            ("Ortiz", None, "No es una decisión"),
            ("Vidal", "21 de enero", "Nadie se arriesga a plantar")],
    news={
        "title_tag": "Los embalses del Segre, al 23 % tras el invierno más seco en tres décadas | Diario del Ebro",
        "meta": [("property", "og:title", "Los embalses del Segre, al 23 % tras el invierno más seco en tres décadas"),
                 ("property", "og:site_name", "Diario del Ebro"),
                 ("property", "article:published_time", "2026-01-23T08:15:00+01:00"),
                 ("property", "article:modified_time", "2026-01-23T13:50:00+01:00")],
        "jsonld": news_ld("Los embalses del Segre, al 23 % tras el invierno más seco en tres décadas",
                          ["Jordi Ferrer", "Lucía Montoya"], "2026-01-23T08:15:00+01:00", "2026-01-23T13:50:00+01:00",
                          "Diario del Ebro", "https://www.diariodelebro.example/sociedad/embalses-segre-sequia",
                          lang="es-ES", section="Sociedad"),
        "section": "sociedad", "cookie": COOKIE_ES, "cookie_accept": "Aceptar", "cookie_manage": "Configurar",
        "nav": ["Portada", "Sociedad", "Economía", "Deportes", "Opinión"], "logo": "Diario del Ebro",
        "nav_label": "Menú principal", "account": '<a href="/suscripcion">Suscríbete</a>',
        "byline_html": 'Por <a href="/autor/jordi-ferrer" rel="author">Jordi Ferrer</a> y '
                       '<a href="/autor/lucia-montoya" rel="author">Lucía Montoya</a>',
        "dates_html": '<time datetime="2026-01-23T08:15:00+01:00">23 ene 2026 - 08:15</time> '
                      '<span>Actualizado: 23 ene 2026 - 13:50</span>',
        "related": ("Te puede interesar", ["Restricciones de agua en el área metropolitana", "El Pirineo, sin nieve"]),
        "most_read": ("Lo más leído", ["Cortes en la A-2 por obras", "El mercado central cumple 100 años"]),
        "footer_links": ["Aviso legal", "Privacidad", "Contacto"],
    },
)

article(
    file="es-text-museo-minero.txt", shape="text", lang="es",
    title="El museo minero de Peñarroya abre una galería subterránea",
    authors=["Álvaro Quintana", "Beatriz Soler", "Manuel Reyes"], published="2025-03-08", published_at=None, site=None,
    text_head=["El museo minero de Peñarroya abre una galería subterránea", "",
               "Álvaro Quintana, Beatriz Soler y Manuel Reyes", "8 de marzo de 2025"],
    text_tail=["Álvaro Quintana escribe para La Voz del Guadiato sobre patrimonio y cultura.", "",
               "Compartir"],
    paras=[
        "El museo de la minería de Peñarroya abrió el sábado al público una galería subterránea de 300 metros, excavada en 1910 y cerrada desde que se clausuró la última mina de la comarca en 1990.",
        "Los visitantes bajan en una jaula de ascensor restaurada y recorren el túnel con casco y linterna, acompañados por antiguos mineros que hacen de guías.",
        "“Aquí abajo pasé veintidós años de mi vida, y ahora vuelvo para contarlo”, dijo Antonio Gallardo, de 71 años, uno de los guías. “Quiero que los jóvenes sepan lo que costaba el carbón.”",
        "La directora del museo, Inmaculada Cano, explicó el 6 de marzo que la obra ha costado 1,2 millones de euros, financiados por la diputación y fondos europeos. “Esta galería es el corazón del museo”, afirmó Cano.",
        "El 4 de diciembre, día de Santa Bárbara, patrona de los mineros, se celebró una misa en la boca de la mina para bendecir la nueva galería.",
        "Una responsable de turismo de la diputación dijo que esperan atraer a 20.000 visitantes al año.",
        "Las visitas se pueden reservar en la web del museo y cuestan ocho euros.",
    ],
    not_in_body=["Álvaro Quintana, Beatriz Soler y Manuel Reyes", "8 de marzo de 2025", "Compartir",
                 "Álvaro Quintana escribe para La Voz del Guadiato"],
    quotes=[("Gallardo", None, "Aquí abajo pasé veintidós años"),
            ("Gallardo", None, "Quiero que los jóvenes sepan"),
            ("Cano", "6 de marzo", "Esta galería es el corazón")],
)

article(
    file="es-md-bicicletas-publicas.md", shape="markdown", lang="es",
    title="Valverde amplía su servicio de bicicletas públicas a los barrios del sur",
    authors=["Natalia Herrera"], published="2025-10-06", published_at="2025-10-06T10:00:00+02:00", site=None,
    md={"front": [("title", "Valverde amplía su servicio de bicicletas públicas a los barrios del sur"),
                  ("date", "2025-10-06T10:00:00+02:00"), ("author", "Natalia Herrera"),
                  ("categories", ["movilidad"]), ("description", "Veinte estaciones nuevas antes de fin de año.")],
        "after": ["---", "", "*¿Te ha gustado este artículo? Compártelo en tus redes.*"]},
    paras=[
        "El servicio de bicicletas públicas de Valverde llegará antes de fin de año a los barrios de San Roque, La Estación y El Pinar, con veinte estaciones nuevas y 300 bicicletas eléctricas, anunció el lunes el ayuntamiento.",
        "Hasta ahora, las 45 estaciones del servicio se concentraban en el centro histórico y en el campus universitario.",
        "«Los barrios del sur son los que más lejos están del trabajo y los que menos opciones de transporte tienen», explicó la concejala de Movilidad, Elena Navarro. «Era una deuda pendiente.»",
        "La ampliación costará 2,4 millones de euros. El 29 de septiembre, la asociación vecinal de San Roque entregó al ayuntamiento 3.000 firmas pidiendo el servicio.",
        "Su presidente, Ramón Espinosa, dijo el 3 de octubre que la noticia era una victoria del barrio. «Llevamos cinco años pidiéndolo en cada pleno», señaló Espinosa.",
        "Un técnico municipal precisó que las primeras estaciones se instalarán junto al centro de salud y el instituto, y que las obras apenas afectarán al tráfico durante unas semanas.",
        "Navarro añadió que el abono anual seguirá costando 30 euros, y que los menores de 25 años tendrán [un descuento](https://example.org/valverde-bici) del 50 %.",
    ],
    not_in_body=["¿Te ha gustado este artículo?"],
    quotes=[("Navarro", None, "Los barrios del sur son los que más lejos"),
            ("Navarro", None, "Era una deuda pendiente"),
            ("Espinosa", "3 de octubre", "Llevamos cinco años pidiéndolo")],
)

article(
    file="es-news-elecciones-municipales.html", shape="newsroom", lang="es",
    title="La alcaldesa de Almudéjar pierde la mayoría absoluta por 41 votos",
    authors=["Sergio Calvo"], published="2025-05-26", published_at="2025-05-26T01:20:00+02:00",
    site="El Heraldo de la Vega",
    paras=[
        "La alcaldesa de Almudéjar, Pilar Serrano, perdió en la noche del domingo la mayoría absoluta que su partido mantenía desde 2011, tras un recuento ajustado en el que 41 votos decidieron el último concejal.",
        "Su candidatura obtuvo 10 de los 21 concejales, uno menos que hace cuatro años, y necesitará el apoyo de al menos un grupo para ser reelegida en el pleno de investidura.",
        "«Hemos ganado las elecciones, pero los vecinos nos piden diálogo y lo vamos a tener», declaró Serrano ante sus simpatizantes pasada la medianoche. «Mañana empezaremos a hablar con todos.»",
        "El candidato de la oposición, Javier Luengo, que sumó siete concejales, celebró el resultado. «Se acabó el tiempo de gobernar sin escuchar», afirmó Luengo.",
        "La participación alcanzó el 68 %, cinco puntos más que en 2021. El 15 de mayo, un debate entre los candidatos en la radio local tuvo una audiencia récord.",
        "Un miembro de la junta electoral explicó que el recuento de una mesa del barrio de La Ermita se repitió dos veces a petición de los interventores.",
        "La investidura está prevista para el 14 de junio. Serrano y Luengo tienen hasta entonces para negociar con los dos concejales de la agrupación vecinal.",
    ],
    not_in_body=["Utilizamos cookies", "Aceptar y cerrar", "Noticias relacionadas", "Comentarios",
                 "Paco Jiménez", "Suscríbete"],
    not_authors=["Paco Jiménez"],
    quotes=[("Serrano", None, "Hemos ganado las elecciones"),
            ("Serrano", None, "Mañana empezaremos a hablar"),
            ("Luengo", None, "Se acabó el tiempo de gobernar")],
    news={
        "title_tag": "La alcaldesa de Almudéjar pierde la mayoría absoluta por 41 votos | El Heraldo de la Vega",
        "meta": [("property", "og:title", "La alcaldesa de Almudéjar pierde la mayoría absoluta por 41 votos"),
                 ("property", "og:site_name", "El Heraldo de la Vega"),
                 ("property", "article:published_time", "2025-05-26T01:20:00+02:00"),
                 ("name", "author", "Sergio Calvo")],
        "jsonld": news_ld("La alcaldesa de Almudéjar pierde la mayoría absoluta por 41 votos", ["Sergio Calvo"],
                          "2025-05-26T01:20:00+02:00", "2025-05-26T10:45:00+02:00", "El Heraldo de la Vega",
                          "https://www.heraldodelavega.example/politica/almudejar-elecciones", lang="es"),
        "section": "politica", "cookie": COOKIE_ES, "cookie_accept": "Aceptar y cerrar", "cookie_manage": "Configurar",
        "nav": ["Portada", "Política", "Comarca", "Deportes"], "logo": "El Heraldo de la Vega",
        "account": '<a href="/suscripcion">Suscríbete</a>',
        "byline_html": '<a rel="author" href="/autores/sergio-calvo">Sergio Calvo</a> · Almudéjar',
        "dates_html": '<time datetime="2025-05-26T01:20:00+02:00">26/05/2025 01:20</time>',
        "related": ("Noticias relacionadas", ["Resultados en toda la comarca", "Así queda el pleno de Almudéjar"]),
        "comments": ("Comentarios", [("Paco Jiménez", "hace 5 horas", "Ya era hora de que hubiera cambios en el pueblo.")]),
    },
)


def es_jsonld(a):
    obj = news_ld(a["title"], a["authors"], a["published_at"], "2024-11-29T09:00:00-03:00", a["site"],
                  "https://www.tribunapatagonica.example/ciencia/ballenas-golfo", lang="es-AR", section="Ciencia")
    obj["articleBody"] = body_of(a)
    obj["keywords"] = "ballenas, Patagonia, ciencia"
    return obj


article(
    file="es-jsonld-ballenas.json", shape="json", lang="es",
    title="Récord de ballenas francas en el golfo Nuevo esta temporada",
    authors=["Florencia Aguirre", "Martín Roldán"], published="2024-11-28", published_at="2024-11-28T18:00:00-03:00",
    site="Tribuna Patagónica", json=es_jsonld,
    paras=[
        "Los científicos que censan cada año a las ballenas francas australes contaron esta temporada 1.540 ejemplares en el golfo Nuevo, la cifra más alta desde que empezaron los vuelos de conteo en 1999.",
        "El censo aéreo, realizado en septiembre, registró además 630 crías, lo que confirma la recuperación de una población que estuvo al borde de la extinción.",
        "“Es una gran noticia, pero no podemos relajarnos: el calentamiento del mar afecta al alimento de las ballenas en sus zonas de alimentación”, advirtió la bióloga Valeria Ríos, directora del programa de monitoreo. “Cada temporada es distinta.”",
        "El capitán Oscar Benítez, que lleva turistas a ver ballenas desde Puerto Pirámides desde hace tres décadas, dijo el 25 de noviembre que nunca había visto tantas madres con crías cerca de la costa. “Este año salían a saludar al barco”, contó Benítez.",
        "El 2 de octubre, una ballena varada en la playa de El Doradillo fue devuelta al mar por guardaparques y vecinos.",
        "Un funcionario de la secretaría de Ambiente provincial dijo que se revisarán las normas de distancia para las embarcaciones turísticas.",
        "Ríos presentará los resultados completos en un congreso en marzo.",
    ],
    not_in_body=["ballenas, Patagonia, ciencia"],
    quotes=[("Ríos", None, "Es una gran noticia"),
            ("Ríos", None, "Cada temporada es distinta"),
            ("Benítez", "25 de noviembre", "Este año salían a saludar")],
)
