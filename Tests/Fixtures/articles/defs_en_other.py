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
