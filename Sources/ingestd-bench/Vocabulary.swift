/// The words ``ArticleGenerator`` builds its news articles from: places, institutions,
/// subjects, people and the phrases reporters string together. Written for the bench.
enum Vocabulary {
    static let places = [
        "Ashbury", "Brennock", "Calder Point", "Dunmore", "Elmstead", "Fernhill", "Glenharrow", "Hollis Bay",
        "Ivybridge", "Kestrel Falls", "Larkspur", "Marrowgate", "Northwick", "Oldcastle", "Pennington",
        "Quarry Hill", "Rosedale", "Saltmarsh", "Thornbury", "Upton Vale", "Westerleigh", "Yarrow Creek",
    ]
    static let institutions = [
        "city council", "county commission", "transit authority", "school district", "water board",
        "port authority", "housing trust", "regional hospital", "state university", "planning board",
        "chamber of commerce", "parks department", "police oversight board", "energy cooperative",
    ]
    static let subjects = [
        "budget", "bus network", "flood barrier", "teacher contracts", "rent assistance", "bridge repairs",
        "wind farm", "emergency room wait times", "property tax", "recycling program", "broadband rollout",
        "after-school programs", "harbor dredging", "zoning code", "wildfire plan", "minimum wage",
    ]
    static let actions = [
        "weighs", "delays", "approves", "rejects", "revisits", "scales back", "expands", "pauses", "defends",
        "questions",
    ]
    static let pressures = [
        "costs rise", "residents object", "deadline nears", "revenue falls short", "state auditors step in",
        "a lawsuit looms", "turnout surprises officials", "unions push back", "a key vote slips",
    ]
    static let firstNames = [
        "Adaeze", "Bram", "Celia", "Dmitri", "Esther", "Farid", "Greta", "Hiro", "Imogen", "Jonas", "Keiko",
        "Leon", "Marisol", "Nikhil", "Orla", "Pavel", "Rosa", "Soren", "Talia", "Umar", "Vera", "Wendell",
    ]
    static let lastNames = [
        "Abernathy", "Baptiste", "Cordero", "Delacroix", "Eriksen", "Fairweather", "Grabowski", "Hollister",
        "Ibarra", "Jankowski", "Kovac", "Lindgren", "Mbeki", "Novak", "Oyelaran", "Pruitt", "Quintero",
        "Rasmussen", "Szabo", "Tanaka", "Underhill", "Villanueva",
    ]
    static let roles = [
        "a retired machinist", "a bakery owner", "a mother of three", "a council member", "an emergency nurse",
        "a union steward", "a high-school teacher", "a tenant organizer", "a civil engineer", "a bus driver",
        "a pastor", "a local historian",
    ]
    static let groups = [
        "neighborhood associations", "small-business owners", "tenant groups", "daily commuters", "parents",
        "environmental groups", "farmers", "senior citizens", "hospital staff",
    ]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
}
