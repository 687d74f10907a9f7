import SimilarityIndex

/// The short, interchangeable chunks ``ArticleGenerator`` strings its sentences from. Each
/// chunk is a few words and each slot has many choices, so a run of four words seldom
/// repeats from one article to the next (unlike whole stock sentences). Written for the bench.
enum Phrasebook {
    /// A spoken sentence (without its closing full stop) about `subject`.
    static func quotation(_ random: inout SplitMix64, subject: String) -> String {
        let opening = random.pick(quoteOpenings)
        let claim = random.pick(quoteClaims).split(separator: "SUBJECT", omittingEmptySubsequences: false)
            .joined(separator: subject)
        return "\(opening) \(claim) \(random.pick(quoteEndings))"
    }

    static let quoteOpenings = [
        "Frankly,", "Honestly,", "Look,", "For years", "Every week", "Right now", "In my view", "To be fair,",
        "Believe me,", "Since spring", "On my street", "At our meetings", "Last winter", "Quite simply,",
        "From what I see", "Year after year",
    ]
    static let quoteClaims = [
        "the SUBJECT has been", "this SUBJECT deal looks", "their SUBJECT proposal feels", "nobody thinks it is",
        "my neighbors call it", "the whole process seems", "what they offer is", "families here consider it",
        "our members find it", "the SUBJECT money is", "these numbers are", "the council's answer was",
        "every estimate stays", "that timetable is", "the latest draft reads", "their promise sounds",
    ]
    static let quoteEndings = [
        "badly overdue", "a gift to developers", "better than nothing", "not what anyone voted for",
        "going to hurt renters", "the wrong priority", "still unfinished", "worth another look",
        "far too vague", "a real step forward", "impossible to defend", "too little, too late",
        "finally on track", "a mess from start to finish", "quietly working", "hard to believe",
    ]
    static let saidVerbs = ["said", "says", "added", "insisted", "argued", "recalled", "warned", "explained"]
    static let roleTails = [
        "who has followed the debate since", "active in the campaign since", "living nearby since",
        "who first spoke up in", "watching the project since", "on the committee since", "a resident since",
        "involved from", "who joined the fight in", "attending hearings since",
    ]
    static let leadIns = [
        "put it bluntly", "was less diplomatic", "summed it up", "had a shorter answer", "did not hold back",
        "was blunter still", "saw it differently", "struck a warmer tone", "chose plain words",
        "answered quickly",
    ]
    static let sources = [
        "Figures published by", "Records kept at", "A ledger from", "Spreadsheets obtained from",
        "An audit of", "Tables released through", "Budget papers at", "Minutes filed with",
    ].map { $0 + " the office" }
    static let showVerbs = ["show", "suggest", "indicate", "confirm", "reveal", "point to", "imply", "record"]
    static let measures = [
        "spending", "staffing costs", "overtime bills", "consultant fees", "repair outlays", "insurance premiums",
        "energy bills", "legal costs", "maintenance budgets", "debt payments",
    ]
    static let trends = [
        "rising", "climbing", "jumping", "falling", "slipping", "growing", "swelling", "shrinking", "creeping up",
    ]
    static let periods = ["over", "across", "within", "in", "during the last", "over roughly"]
    static let comparisons = [
        "well ahead of inflation", "faster than revenue", "outpacing wages", "behind neighboring towns",
        "roughly in line with forecasts", "far beyond the plan", "despite earlier cuts", "against every promise",
        "above the state average", "while services shrank",
    ]
    static let crowdOpenings = ["More than", "Nearly", "Some", "Around", "Close to", "At least", "About", "Over"]
    static let crowdNouns = [
        "people", "residents", "neighbors", "voters", "parents", "workers", "retirees", "shop owners", "students",
    ]
    static let crowdVerbs = [
        "packed", "crowded into", "filled", "lined up outside", "squeezed into", "turned out at", "came to",
        "waited at",
    ]
    static let venues = [
        "a hearing", "the library", "a school gym", "the town hall", "a church basement", "a union hall",
        "the community center", "a fire station", "the old theater",
    ]
    static let dayParts = ["evening", "morning", "afternoon", "night"]
    static let crowdTails = [
        "many of them", "mostly", "among them", "including dozens of", "largely", "with a crowd of",
        "joined by", "alongside",
    ]
    static let critics = ["Critics", "Skeptics", "Opponents", "Detractors", "Some residents", "Former officials"]
    static let pointedTo = [
        "pointed to", "cited", "recalled", "compared it with", "brought up", "mentioned", "referred to", "invoked",
    ]
    static let similarThings = [
        "a similar measure", "a comparable scheme", "an earlier pilot", "a copycat program", "the same idea",
        "a cheaper version", "a bolder plan", "a near-identical proposal",
    ]
    static let fates = [
        "was abandoned", "quietly died", "was scrapped", "collapsed", "stalled", "was reversed", "fell apart",
        "was shelved",
    ]
    static let units = ["months", "weeks", "years", "seasons"]
    static let reasons = [
        "when the savings never appeared", "once costs doubled", "after a court challenge",
        "when contractors walked away", "amid a hiring freeze", "when voters revolted", "after an audit",
        "for lack of staff", "when funding ran dry",
    ]
    static let deadlines = [
        "has until", "must report by", "promised a draft by", "faces a deadline of", "set itself until",
        "was given until", "expects to finish by",
    ]
    static let toDeliver = [
        "to publish a final version", "to settle the details", "to answer the objections", "to revise the figures",
        "to hold a last hearing", "to pick a contractor", "to release the full study",
    ]
    static let thenWhat = [
        "which then goes to a vote of its", "before a vote by its", "ahead of a ballot among its",
        "after which it needs the backing of", "then seeks approval from its", "leaving the choice to its",
    ]
    static let members = ["members", "trustees", "commissioners", "directors", "delegates", "councillors"]
    static let experts = [
        "Analysts", "Economists", "Independent auditors", "Two consultants", "Academic reviewers",
        "Budget watchdogs", "State examiners", "Several planners",
    ]
    static let cautioned = [
        "cautioned that", "warned that", "noted that", "stressed that", "pointed out that", "conceded that",
    ]
    static let estimates = [
        "the estimates", "the projections", "the forecasts", "these figures", "the savings claims", "the cost models",
    ]
    static let restOn = ["rest on", "depend on", "hinge on", "draw on", "assume one of", "build on"]
    static let scenarios = ["scenarios", "models", "assumptions", "growth paths", "sets of inputs"]
    static let hedges = [
        "so the range could narrow as data arrives", "and any of them may prove wrong",
        "which differ sharply on growth", "none of them tested in practice", "so caution is warranted",
        "each with a wide margin of error", "and the gaps between them are large",
    ]
    static let statements = [
        "In a written statement, the office of", "Through a spokesperson,", "In an email,",
        "Speaking on local radio,", "In a brief interview,", "On social media,", "At a press briefing,",
    ]
    static let calledIt = ["called", "described", "labeled", "defended", "praised", "criticized"]
    static let verdicts = [
        "a necessary first step", "long overdue", "a fair compromise", "badly rushed", "a sensible plan",
        "an experiment worth trying", "premature",
    ]
    static let promises = [
        "promised further consultation", "vowed to listen", "pledged a public review", "offered more meetings",
        "asked for patience", "promised regular updates", "committed to a second hearing",
    ]
    static let supporters = [
        "Supporters", "Backers", "Advocates", "Proponents", "Business leaders", "Younger residents",
    ]
    static let argue = [
        "argue the change is overdue:", "say reform is urgent:", "insist the case is clear:",
        "contend little else works:", "note one simple fact:", "remind everyone that",
    ]
    static let rulesWere = [
        "the current rules were written", "the present code dates from", "the old formula was set",
        "the existing map was drawn", "the last review happened", "the standing policy took shape",
    ]
    static let backThen = [
        "had barely half its present population", "still had a rail depot", "was mostly farmland",
        "counted two schools", "had no bypass", "ran its own power plant", "was a fishing village",
    ]
    static let spokespeople = [
        "A spokesperson for", "A press officer at", "A lawyer representing", "An aide to the chair of",
        "The communications director of",
    ]
    static let declined = [
        "declined to say whether the", "would not confirm if the", "could not say whether the",
        "refused to predict if the", "did not explain how the",
    ]
    static let objections = [
        "formal objections", "written complaints", "legal challenges", "appeals", "amendments",
        "petitions",
    ].map { $0 + " filed so far" }
    static let wouldDelay = [
        "would delay the timetable", "might stall the vote", "could reopen the plan", "will change anything",
        "might force a redesign", "could cost more time",
    ]
    static let opponents = [
        "Opponents led by", "A coalition of", "Campaigners from", "Volunteers with", "Organizers among",
    ]
    static let collected = [
        "have collected", "have gathered", "say they hold", "delivered", "have handed in", "counted",
    ]
    static let petitions = [
        "signatures calling for a public vote", "names on a petition against it", "pledges to oppose it",
        "signatures demanding a referendum", "letters urging a pause",
    ]
    static let officials = [
        "Officials expect", "Planners anticipate", "Staff predict", "The schedule calls for", "Managers hope for",
    ]
    static let expectWork = [
        "the first contracts in", "ground to break in", "bids to open in", "hiring to start in",
        "the first phase in", "a groundbreaking in",
    ]
    static let lasting = [
        "with work lasting at least", "the job taking perhaps", "with disruption for", "and a payback of",
        "followed by", "with a warranty of",
    ]
    static let ifClauses = [
        "if the schedule holds", "barring new delays", "should funding arrive", "if the weather cooperates",
        "assuming no lawsuits", "if prices stay put",
    ]
}
