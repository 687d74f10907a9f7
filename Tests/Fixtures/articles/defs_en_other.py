"""English articles as plain text copies, Markdown notes and JSON exports."""

import json

from generate import article, body_of, news_ld

# --- plain text -------------------------------------------------------------------------------

article(
    file="en-text-port-strike.txt", shape="text", lang="en",
    title="Dockworkers at Port Calloway walk out over automation plan",
    authors=["Naomi Fairbanks", "Kwame Adjei"], published="2026-01-23", published_at=None, site=None,
    text_head=["Dockworkers at Port Calloway walk out over automation plan", "",
               "By Naomi Fairbanks and Kwame Adjei", "Friday, January 23, 2026"],
    paras=[
        "PORT CALLOWAY — About 1,400 dockworkers walked off the job on Friday morning, halting container traffic at the region’s second-largest port over a plan to install automated cranes at two terminals.",
        "The strike began at 6 a.m., when the first shift refused to board the shuttle buses to the container yards. By midday, eleven ships were waiting at anchor outside the breakwater.",
        "“They told us the machines would help us, and then they showed us a plan with 300 fewer jobs,” said Dolores Whitaker, president of Local 118 of the dockworkers’ union. “We are not against the future. We are against being left out of it.”",
        "The port authority said the cranes would be introduced over five years and that no worker would be laid off. Executive director Martin Szabo said on January 20 that the authority had offered retraining to every crane operator. “Nobody is being pushed out of a job at this port,” Szabo said.",
        "On January 9, the two sides met for nine hours without agreement. A federal mediator has been asked to join the talks next week.",
        "A shipping line executive, speaking on condition of anonymity, said carriers would begin diverting ships to other ports if the strike lasted more than three days.",
        "Whitaker said the union was ready to talk at any time.",
    ],
    not_in_body=["By Naomi Fairbanks and Kwame Adjei", "Friday, January 23, 2026"],
    quotes=[("Whitaker", None, "They told us the machines would help us"),
            ("Whitaker", None, "We are not against the future"),
            ("Szabo", "January 20", "Nobody is being pushed out")],
)

article(
    file="en-text-heat-records.txt", shape="text", lang="en",
    title="Three cities break heat records as August heatwave spreads north",
    authors=["Oliver Strand", "Beatriz Lomax", "Henrik Sole"], published="2023-08-11", published_at=None, site=None,
    text_head=["2023-08-11", "", "Three cities break heat records as August heatwave spreads north", "",
               "Oliver Strand, Beatriz Lomax and Henrik Sole"],
    paras=[
        "Temperatures reached record highs in Valmont, Eskerby and Port Haldane on Thursday as a heatwave that began in the south last week moved north, the national weather service said.",
        "Valmont recorded 41.2C in the early afternoon, beating a record set in 1976 by almost a degree.",
        "“We are seeing temperatures in the north that would have been unusual in the south twenty years ago,” said Dr. Ingrid Holloway, the weather service’s chief forecaster. “Nights are the real danger, because people cannot cool down.”",
        "Hospitals in Eskerby reported a rise in admissions of older patients. Nursing director Samuel Okonjo said on August 10 that two wards had been set aside for heat-related cases. “We planned for this, but the numbers are higher than our plan,” Okonjo said.",
        "On August 3, the government issued its first amber heat warning of the year. It was raised to red on Tuesday.",
        "City councils have opened libraries and sports halls as cooling centres. A transport official said trains on two lines were running at reduced speed because of the risk of rails buckling.",
        "Holloway said the heat should ease on Sunday, when a band of thunderstorms is expected to cross the country from the west.",
    ],
    not_in_body=["Oliver Strand, Beatriz Lomax and Henrik Sole"],
    quotes=[("Holloway", None, "We are seeing temperatures in the north"),
            ("Holloway", None, "Nights are the real danger"),
            ("Okonjo", "August 10", "We planned for this")],
)

article(
    file="en-text-name-line-glass-museum.txt", shape="text", lang="en",
    title="A glass museum built by the town that made the glass",
    authors=["Eamon Kearsley"], published="2026-01-23", published_at=None, site=None,
    text_head=["Eamon Kearsley", "", "A glass museum built by the town that made the glass", "", "23 January 2026"],
    paras=[
        "For a hundred and forty years, the furnaces of Brannock made bottles, lamp chimneys and the blue glass insulators that once lined every telegraph pole in the county. The last furnace went cold in 1998. This spring, the town will open a museum in the old cutting shed, built almost entirely by former glassworkers.",
        "“We didn’t want somebody from the city to come and tell our story for us,” said Maureen Tiernan, who worked on the packing line for 22 years and now chairs the museum trust. “Half the things in here came out of people’s attics.”",
        "The collection includes 3,000 pieces, a working lampworking bench and the ledger in which the foreman recorded the furnace temperatures each morning.",
        "Retired glassblower Aidan Flood, 81, will give demonstrations on Saturdays. “My hands still remember it, even if my back doesn’t,” Flood said on January 19, standing beside the bench he restored himself.",
        "A regional arts council officer said the trust had received a grant of £180,000, most of it spent on making the shed safe.",
        "Tiernan said the museum will open on April 4 and entry will be free for anyone who ever worked at the glassworks.",
    ],
    not_in_body=["23 January 2026"],
    quotes=[("Tiernan", None, "We didn’t want somebody from the city"),
            ("Tiernan", None, "Half the things in here"),
            ("Flood", "January 19", "My hands still remember it")],
)

article(
    file="en-text-bio-transit-fares.txt", shape="text", lang="en",
    title="Free fares did not empty the roads. They did something better",
    authors=["Lucia Ferrante"], published="2026-01-23", published_at=None, site=None,
    text_head=["Free fares did not empty the roads. They did something better", "", "Jan. 23, 2026", "",
               "By Lucia Ferrante"],
    text_tail=["Lucia Ferrante writes for the Harbourside Review about cities and transport.", "",
               "Share this article", "", "Comments (14)"],
    paras=[
        "When Kessington made its buses free in 2024, supporters promised fewer cars and cleaner air. Two years on, traffic counts on the main roads are almost unchanged. By that measure, the policy failed.",
        "But that was never the right measure. Bus journeys have risen by 38 percent, and most of the new riders are people who used to stay at home: pensioners, teenagers and people looking for work.",
        "“My mother goes to the market twice a week now instead of waiting for me to drive her,” said Yusuf Demir, a taxi driver who once opposed the scheme. “That is worth more than a few cars off the road.”",
        "The city’s transport director, Annika Lowe, told a council committee on January 14 that the cost, about £11 million a year, was lower than forecast. “Fare collection was always more expensive than people realised,” Lowe said.",
        "A treasury official said the national government would not fund similar schemes elsewhere until an independent evaluation is published next year.",
        "Lowe is right to ask for patience. The benefits of free transit show up in lives, not in traffic counts, and they take time to measure.",
    ],
    not_in_body=["Lucia Ferrante writes for the Harbourside Review", "Share this article", "Comments (14)"],
    quotes=[("Demir", None, "My mother goes to the market"),
            ("Lowe", "January 14", "Fare collection was always")],
)

article(
    file="en-text-ambiguous-date-bridge.txt", shape="text", lang="en",
    title="Old Mill Bridge reopens to pedestrians after inspection",
    authors=["Theo Marchetti"], published=None, published_at=None, site=None,
    text_head=["Old Mill Bridge reopens to pedestrians after inspection", "", "03/04/2025", "", "By Theo Marchetti"],
    paras=[
        "The Old Mill Bridge in Ashcombe reopened to pedestrians and cyclists on Thursday, six weeks after engineers closed it when a routine inspection found cracks in one of its stone piers.",
        "Cars will remain banned from the 200-year-old bridge until a strengthening scheme is completed, probably next summer.",
        "“The cracks looked alarming, but the pier is stable and the bridge is safe to walk on,” said Geraldine Moss, the county’s bridges engineer. “We would rather close a bridge for six weeks than take a chance with it.”",
        "The closure forced residents of the Millbank estate into a two-mile detour to reach the station. Parish councillor Howard Quint said on February 26 that some older residents had stopped going into town altogether. “People felt cut off, and the council was slow to tell them anything,” Quint said.",
        "Moss said a temporary footbridge had been considered but would have taken longer to install than the repairs themselves.",
        "A spokesperson for the county council apologised for the delay in updating residents and said a text message alert service would be set up for future closures.",
        "The strengthening work is expected to cost about £850,000. Quint said the parish would hold a public meeting about it in the spring.",
    ],
    not_in_body=["03/04/2025", "By Theo Marchetti"],
    quotes=[("Moss", None, "The cracks looked alarming"),
            ("Moss", None, "We would rather close a bridge"),
            ("Quint", "February 26", "People felt cut off")],
)

article(
    file="en-text-no-byline-volcano.txt", shape="text", lang="en",
    title="Volcano on Isla Serrano erupts for the first time in forty years",
    authors=[], published=None, published_at=None, site=None,
    text_head=["Volcano on Isla Serrano erupts for the first time in forty years"],
    paras=[
        "Mount Caldera Alta on the island of Isla Serrano erupted early on Sunday, sending a column of ash eight kilometres into the sky and forcing the evacuation of about 2,000 people from villages on its northern slopes.",
        "There were no reports of injuries. Flights to the island were cancelled, and the regional airport was closed until at least Tuesday.",
        "“The eruption is moderate for now, but it could change quickly,” said Dr. Paulina Ortega, director of the island’s volcano observatory. “We are watching the gas readings every ten minutes.”",
        "The volcano last erupted in 1985, when lava destroyed the village of San Telmo. Its residents were moved to the coast, and the village was never rebuilt.",
        "Civil protection chief Andrés Villalobos said on Saturday evening that teams had been going door to door since the first tremors were felt on Friday. “Nobody argued about leaving this time,” Villalobos said. “Everybody here knows what happened to San Telmo.”",
        "An official at the interior ministry said two navy ships had been sent to the island with water and tents.",
        "Ortega said the observatory would decide on Monday whether people could return to the villages furthest from the crater.",
    ],
    not_in_body=[],
    quotes=[("Ortega", None, "The eruption is moderate for now"),
            ("Ortega", None, "We are watching the gas readings"),
            ("Villalobos", None, "Nobody argued about leaving")],
)

article(
    file="en-text-updated-date-museum-theft.txt", shape="text", lang="en",
    title="Police recover two paintings stolen from Halloran museum",
    authors=["Bridget Kahale"], published="2025-03-12", published_at=None, site=None,
    text_head=["Police recover two paintings stolen from Halloran museum", "", "By Bridget Kahale",
               "March 12, 2025", "Updated March 14, 2025"],
    paras=[
        "Two paintings stolen from the Halloran Museum of Art in a night-time burglary last autumn have been found in a storage unit near the city’s ring road, police said on Wednesday.",
        "The works, a small seascape by the nineteenth-century painter Edith Carrow and a portrait of a ship’s captain by an unknown artist, were taken on October 30 when thieves broke in through a skylight.",
        "“They are dusty, but they are in remarkably good condition,” said Dr. Rupert Ainsley, the museum’s chief curator, after seeing the paintings at the police station. “I honestly did not think we would see them again.”",
        "Detective Inspector Joanne Meyrick said a tip from the public had led officers to the storage unit. “Somebody recognised the frames from our appeal and did the right thing,” Meyrick said on March 11.",
        "A man in his forties has been arrested on suspicion of handling stolen goods and released on bail. A third painting taken in the same burglary is still missing.",
        "Ainsley said the recovered works would be examined by conservators before going back on display in the summer.",
        "A museum trustee said the board had already spent £60,000 on new alarms and skylight bars since the theft.",
    ],
    not_in_body=["Updated March 14, 2025", "By Bridget Kahale"],
    quotes=[("Ainsley", None, "They are dusty"),
            ("Ainsley", None, "I honestly did not think"),
            ("Meyrick", "March 11", "Somebody recognised the frames")],
)

article(
    file="en-text-browser-copy-election.txt", shape="text", lang="en",
    title="Regional election turnout highest since 1994",
    authors=["Kieran Ashby"], published="2024-05-03", published_at=None, site=None,
    text_head=["Skip to main content", "", "Home", "News", "Politics", "", "Advertisement", "",
               "Regional election turnout highest since 1994", "", "Kieran Ashby", "Political Correspondent",
               "", "Published: 3 May 2024", "", "Share", ""],
    text_tail=["Related Topics", "", "Elections", "Regional assembly", "", "More on this story", "",
               "Who are the new assembly members?", "", "Advertisement"],
    paras=[
        "Turnout in Thursday’s regional assembly election reached 61.4 percent, the highest since the assembly was created in 1994, according to final figures published by the returning officer on Friday.",
        "The Progressive Union remains the largest party with 34 of the 80 seats, four fewer than at the last election, and will need a coalition partner to govern.",
        "“People came out because they felt something was at stake, and that is good for democracy whatever the result,” said the returning officer, Sheila Ndlovu, as she announced the figures.",
        "Union leader Fergus Caldwell told supporters on Friday morning that he would talk to every party. “The voters have told us to work together, and we will,” Caldwell said.",
        "The Green Alliance, which won 12 seats, said it would set out its conditions for any deal next week. A party official said a commitment to rebuild the northern rail line would be the first of them.",
        "On April 18, a televised debate between the main party leaders drew more viewers than any election programme in the region’s history.",
        "Caldwell has until May 31 to form a government or face a second vote.",
    ],
    not_in_body=["Skip to main content", "Advertisement", "Related Topics", "More on this story",
                 "Political Correspondent", "Share"],
    quotes=[("Ndlovu", None, "People came out because they felt"),
            ("Caldwell", None, "The voters have told us")],
)

article(
    file="en-text-science-comet.txt", shape="text", lang="en",
    title="Amateur astronomer in Tasmania spots new comet",
    authors=["Grace Whitford"], published="2025-10-02", published_at=None, site=None,
    text_head=["Amateur astronomer in Tasmania spots new comet", "", "Grace Whitford | Science reporter",
               "2 October 2025"],
    text_tail=["Grace Whitford is a science reporter at the Southern Cross Times.", "", "Tags: astronomy, comets"],
    paras=[
        "A retired engineer using a telescope in his back garden near Hobart has discovered a comet that will pass within sight of the naked eye early next year, astronomers confirmed this week.",
        "Comet Pryor, named after its discoverer, Lionel Pryor, was first recorded on the night of September 24. Observatories in Chile and Arizona confirmed its orbit within two days.",
        "“I looked at the image three times before I believed it,” Pryor said. “Then I sent it off and went to bed, because I thought somebody would tell me it was a known object.”",
        "Dr. Yvonne Castell, who runs the comet orbit programme at the International Minor Planet Office, said on September 29 that the comet appeared to be making its first trip into the inner solar system. “Fresh comets can brighten quickly, or fall apart, so we will be careful with predictions,” Castell said.",
        "If it survives, the comet should be brightest in late February, low in the western sky after sunset.",
        "A spokesperson for the Astronomical Society of Tasmania said members had discovered three comets in the past decade, all of them from suburban gardens.",
        "Pryor said he would keep looking. His telescope, he said, cost less than his lawnmower.",
    ],
    not_in_body=["Grace Whitford is a science reporter", "Tags: astronomy, comets", "Science reporter"],
    quotes=[("Pryor", None, "I looked at the image three times"),
            ("Pryor", None, "Then I sent it off"),
            ("Castell", "September 29", "Fresh comets can brighten quickly")],
)

article(
    file="en-text-signature-letter.txt", shape="text", lang="en",
    title="Why our village said no to the solar farm, and why we might say yes",
    authors=["Harold Penhaligon"], published=None, published_at=None, site=None,
    text_head=["Why our village said no to the solar farm, and why we might say yes"],
    text_tail=["Harold Penhaligon", "", "Harold Penhaligon chairs the Trewint parish council."],
    paras=[
        "Last month the parish council of Trewint voted against a plan to cover 90 acres of farmland on Carn Hill with solar panels. Many people outside the village called us selfish. I want to explain what happened, because it is more complicated than that.",
        "The objection was not to solar power. It was to the way the plan arrived: a glossy leaflet, a single public meeting and a promise of a community fund that nobody could explain.",
        "“We were told what we would get before anyone asked what we needed,” said Morwenna Trask, who farms the land next to the site, at that meeting on September 17.",
        "Since then, the developer has changed its approach. Its project manager, Owen Baptiste, came back to the village hall last week with a smaller scheme. “We got the first consultation wrong, and we have listened,” Baptiste said. “The new plan leaves the footpaths and the hedges alone.”",
        "The new plan also offers the village a share of the income and cheaper electricity for households within two miles.",
        "A planning officer said the council would look at the revised application in the new year.",
        "I cannot promise how the parish will vote. But I think Trask and her neighbours will give it a fair hearing this time.",
    ],
    not_in_body=["Harold Penhaligon chairs the Trewint parish council."],
    quotes=[("Trask", "September 17", "We were told what we would get"),
            ("Baptiste", None, "We got the first consultation wrong"),
            ("Baptiste", None, "The new plan leaves the footpaths")],
)

# --- Markdown ---------------------------------------------------------------------------------

article(
    file="en-md-hugo-wetlands.md", shape="markdown", lang="en",
    title="Restored wetlands bring back the bittern to the Brede levels",
    authors=["Nadia Oyelowo"], published="2024-03-18", published_at="2024-03-18T08:00:00Z", site=None,
    md={"front": [("title", "Restored wetlands bring back the bittern to the Brede levels"),
                  ("date", "2024-03-18T08:00:00Z"), ("lastmod", "2024-03-20T11:00:00Z"),
                  ("author", "Nadia Oyelowo"), ("tags", ["wetlands", "birds", "conservation"]),
                  ("draft", "false")],
        "after": ["---", "", "*Filed under: Nature. Comments are closed on this post.*"]},
    paras=[
        "For the first time in more than thirty years, bitterns are breeding on the Brede levels, the wildlife trust that restored the wetland [announced on Monday](https://example.org/brede-bitterns).",
        "At least two males were heard “booming” in the reed beds last spring, and a nest with young was found in June.",
        "“The bittern is the bird that tells you a wetland is working again,” said Colin Akande, the trust’s reserves manager. “We dug the pools, we planted the reeds, and then we waited.”",
        "The restoration began in 2015, when the trust bought 400 acres of drained farmland and blocked the ditches that had dried it out. Volunteers planted more than 100,000 reed plants by hand.",
        "Not every neighbour was happy at first. Farmer Judith Carrow, whose land borders the reserve, said on March 15 that she had worried about flooding. “It took a few wet winters before I trusted them, but the water stays where it should,” Carrow said.",
        "An ecologist with the national conservation agency said the Brede site was now one of the most important for the species in the south.",
        "Akande said the trust would open a new hide in May, with *strict* rules on noise during the breeding season.",
    ],
    not_in_body=["Filed under: Nature", "Comments are closed on this post."],
    quotes=[("Akande", None, "The bittern is the bird"),
            ("Akande", None, "We dug the pools"),
            ("Carrow", "March 15", "It took a few wet winters")],
)

article(
    file="en-md-jekyll-court-ruling.md", shape="markdown", lang="en",
    title="Court rules city must reopen closed public toilets",
    authors=["Marcus Lindqvist", "Aisha Rahimi"], published="2025-07-07", published_at="2025-07-07T14:05:00-07:00",
    site="Bayside Civic Review",
    md={"front": [("layout", "post"), ("title", "Court rules city must reopen closed public toilets"),
                  ("date", "2025-07-07 14:05:00 -0700"), ("authors", ("Marcus Lindqvist", "Aisha Rahimi")),
                  ("site_name", "Bayside Civic Review"), ("categories", ["courts", "city hall"])],
        "after": ["Related posts:", "", "- [The city's budget, explained](/2025/06/budget-explained)",
                  "- [Parks department cuts](/2025/05/parks-cuts)"]},
    paras=[
        "A county judge ruled on Monday that the city of Bayside broke its own accessibility law when it closed nine public toilets in parks and transit stations last year, and ordered them reopened within 90 days.",
        "The city closed the toilets in March 2024, citing vandalism and a cleaning budget that had been cut by a third.",
        "“A city cannot save money by ignoring a law it passed itself,” Judge Eleanor Vasquez wrote in her decision. “The burden of these closures fell on the elderly, the disabled and the homeless.”",
        "The case was brought by a coalition of disability rights groups. Its lawyer, Daniel Okoro, said outside the courthouse that the ruling should be a warning to other cities. “Dignity is not a budget line,” Okoro said.",
        "A spokesperson for the city attorney said the city was reviewing the decision and had not decided whether to appeal.",
        "On June 12, the city council had voted to restore part of the cleaning budget, but reopened only two of the toilets.",
        "Vasquez gave the city until October 6 to reopen the rest, and asked for a progress report in August.",
    ],
    not_in_body=["Related posts:", "Parks department cuts"],
    quotes=[("Vasquez", None, "A city cannot save money"),
            ("Vasquez", None, "The burden of these closures"),
            ("Okoro", None, "Dignity is not a budget line")],
)

article(
    file="en-md-obsidian-clip-orchestra.md", shape="markdown", lang="en",
    title="Youth orchestra wins funding fight after three-year campaign",
    authors=["Delphine Achterberg"], published="2025-01-15", published_at=None, site=None,
    md={"front": [("title", "Youth orchestra wins funding fight after three-year campaign"),
                  ("source", "https://www.harrowgatepost.example/culture/youth-orchestra-funding"),
                  ("author", ("\"[[Delphine Achterberg]]\"",)), ("published", "2025-01-15"), ("created", "2025-01-20"),
                  ("description", "The Harrowgate Youth Orchestra will receive a five-year grant."),
                  ("tags", ("clippings",))],
        "h1": True},
    paras=[
        "The Harrowgate Youth Orchestra will receive a five-year grant from the national arts fund, ending a three-year campaign by musicians and parents to save it from closure.",
        "The orchestra, founded in 1962, lost its council funding in 2021 and has survived since then on concerts, raffles and a crowdfunding appeal that raised £94,000.",
        "“These children have played in car parks, in shopping centres and once in a cattle market to keep this orchestra going,” said its conductor, Ferdinand Osei. “Today they can go back to rehearsing music instead of raising money.”",
        "The grant, worth £75,000 a year, will pay for a rehearsal space, instrument repairs and free places for pupils whose families cannot afford lessons.",
        "Cellist Imogen Walsh, 17, said on January 13 that she had joined the campaign because the orchestra had changed her life. “I was the shy kid at school, and then I had eighty friends,” Walsh said.",
        "A spokesperson for the arts fund said the orchestra had shown “remarkable” support from its community.",
        "Osei said the first concert under the new grant would take place in March, with a programme chosen by the players.",
    ],
    not_in_body=["clippings", "https://www.harrowgatepost.example/culture/youth-orchestra-funding"],
    quotes=[("Osei", None, "These children have played in car parks"),
            ("Osei", None, "Today they can go back"),
            ("Walsh", "January 13", "I was the shy kid")],
)

# --- JSON ------------------------------------------------------------------------------------


def export_object(a):
    """A reading-app export: flat keys, one author string, an ISO timestamp, furniture fields."""
    return {"id": "c0a8012e-5d1f-4b7a-9b1e-7e3f2a1d9c44", "url": "https://www.tidewaterherald.example/news/ferry-contract",
            "title": a["title"], "author": "By " + " and ".join(a["authors"]), "site_name": a["site"],
            "date_published": a["published_at"], "date_modified": "2025-04-03T16:20:00+01:00",
            "excerpt": "A new operator will take over the island ferries in October.",
            "content": body_of(a), "word_count": len(body_of(a).split()), "lang": a["lang"],
            "related": [{"title": "Ferry fares frozen for islanders", "url": "https://www.tidewaterherald.example/news/fares"}],
            "comments": [{"name": "Islay Moran", "text": "About time the timetable was fixed."}]}


article(
    file="en-json-export-ferry-contract.json", shape="json", lang="en",
    title="Island ferry contract awarded to new operator",
    authors=["Rhona MacAskill", "David Ferreira"], published="2025-04-02", published_at="2025-04-02T10:00:00+01:00",
    site="Tidewater Herald", json=export_object,
    paras=[
        "The contract to run ferries to the four Tidewater islands has been awarded to Skerry Marine, ending thirty years of service by the state-owned operator, the transport department announced on Wednesday.",
        "The new contract, worth £410 million over ten years, requires two new vessels by 2028 and a guaranteed daily crossing to each island, even in winter.",
        "“Islanders have put up with cancellations and broken boats for too long, and this contract is built around reliability,” said Transport Secretary Morag Lindsay. “If the boats do not sail, the operator pays.”",
        "The outgoing operator’s staff will transfer to Skerry Marine on their current terms. Union organiser Kenneth Drummond said on April 1 that members wanted that promise in writing. “We have heard promises before,” Drummond said.",
        "On March 3, a public meeting on the largest island, Rona Mhor, drew more than 300 people, many of whom complained about last winter’s cancellations.",
        "A department official said the handover would take place in October, after the summer season.",
        "Lindsay said she would visit each island before the new operator takes over.",
    ],
    not_in_body=["Islay Moran", "About time the timetable was fixed.", "Ferry fares frozen for islanders"],
    not_authors=["Islay Moran"],
    quotes=[("Lindsay", None, "Islanders have put up with cancellations"),
            ("Lindsay", None, "If the boats do not sail"),
            ("Drummond", "April 1", "We have heard promises before")],
)


def jsonld_news(a):
    """A NewsArticle JSON-LD object saved on its own, with articleBody."""
    obj = news_ld(a["title"], a["authors"], a["published_at"], a["modified"], a["site"], a["url"],
                  lang=a["lang"], section=a.get("section"))
    obj["articleBody"] = body_of(a)
    obj["description"] = a["description"]
    obj["keywords"] = a["keywords"]
    return obj


article(
    file="en-jsonld-glacier-survey.json", shape="json", lang="en",
    title="Glacier in the Teron range has lost a third of its ice since 2000",
    authors=["Sigrid Halvorsen", "Mateo Quispe"], published="2025-12-02", published_at="2025-12-02T11:00:00+01:00",
    site="Polar Times", modified="2025-12-04T08:30:00+01:00", url="https://www.polartimes.example/science/teron-glacier",
    section="Science", description="A new survey measures the retreat of the Teron glacier.",
    keywords=["glaciers", "climate", "Teron range"], json=jsonld_news, json_indent=None,
    paras=[
        "The largest glacier in the Teron range has lost about a third of its volume since 2000, according to a survey by the Nordic Ice Institute published on Tuesday.",
        "The team combined drone images, radar soundings of the ice thickness and photographs taken by a local mountain guide every summer since 1998.",
        "“The glacier is not just shrinking at the front; it is thinning all the way to the top,” said Professor Lars Eriksen, who led the survey. “That tells us it is losing ice faster than snow can replace it.”",
        "The guide, Astrid Nygaard, said on November 28 that the photographs had started as a hobby. “I wanted pictures of the ice for my grandchildren, and now they are data,” Nygaard said.",
        "On August 14, 2024, a section of the glacier’s front collapsed into the lake below, sending a wave across the valley floor. Nobody was hurt.",
        "A scientist at the national water agency said meltwater from the range supplies two hydroelectric plants, which could face lower output within twenty years.",
        "Eriksen said the institute would repeat the survey every two years.",
    ],
    not_in_body=["glaciers", "A new survey measures the retreat"],
    quotes=[("Eriksen", None, "The glacier is not just shrinking"),
            ("Eriksen", None, "That tells us it is losing ice"),
            ("Nygaard", "November 28", "I wanted pictures of the ice")],
)


def jsonld_graph(a):
    """A saved @graph: WebPage, NewsArticle (articleBody as one string with single newlines),
    Organization and Person nodes linked by @id, as some CMS plugins write them."""
    host = "https://www.riverbendchronicle.example"
    return {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": host + "/local/pool#webpage", "name": a["title"] + " - Riverbend Chronicle"},
        {"@type": "NewsArticle", "@id": host + "/local/pool#article", "headline": a["title"],
         "isPartOf": {"@id": host + "/local/pool#webpage"}, "datePublished": a["published_at"],
         "dateModified": "2024-06-21T09:00:00-05:00",
         "author": [{"@id": host + "/#person-1"}], "publisher": {"@id": host + "/#org"},
         "articleBody": "\n".join(a["paras"]), "inLanguage": "en-US"},
        {"@type": "Organization", "@id": host + "/#org", "name": a["site"], "url": host + "/"},
        {"@type": "Person", "@id": host + "/#person-1", "name": a["authors"][0], "url": host + "/staff/jane-obi"}]}


article(
    file="en-jsonld-graph-pool.json", shape="json", lang="en",
    title="Riverbend pool will open all summer after lifeguard shortage eases",
    authors=["Janet Obi"], published="2024-06-20", published_at="2024-06-20T07:30:00-05:00",
    site="Riverbend Chronicle", json=jsonld_graph,
    paras=[
        "The Riverbend municipal pool will open seven days a week this summer after the city hired enough lifeguards to staff it, parks officials said on Thursday.",
        "Last year the pool opened only on weekends because the city could find just six of the fourteen lifeguards it needed.",
        "“We raised the pay, we paid for the training, and we asked the high school swim team for help,” said parks director Lamar Whitfield. “The kids answered.”",
        "Twenty-two teenagers completed the certification course in May. Among them was Sofia Brandt, 16, who said on June 18 that she had learned to swim at the same pool. “It feels good to be the one in the high chair now,” Brandt said.",
        "Whitfield said the city had also repaired the pool’s heater, which broke in July last year and was not fixed before the season ended.",
        "A city budget officer said the higher wages would cost about $90,000 this year and would be paid from the parks reserve.",
        "The pool opens on Saturday at 10 a.m. Entry is free for children under five.",
    ],
    not_in_body=["Riverbend Chronicle"],
    quotes=[("Whitfield", None, "We raised the pay"),
            ("Whitfield", None, "The kids answered"),
            ("Brandt", "June 18", "It feels good to be the one")],
)
