using System.Collections.Frozen;

namespace ArticleReader.Ingestion.Entities;

/// <summary>
/// Closed-class words that tell a name's kind from its surroundings. These are cues of the English language
/// (titles, organization and event nouns, function words), not names: the recognizer knows no entity by heart.
/// </summary>
public static class NameLexicon
{
    /// <summary>Function words and sentence openers that are capitalized only because a sentence starts with them.</summary>
    public static readonly FrozenSet<string> FunctionWords = Set(
        "a", "about", "above", "according", "after", "again", "against", "all", "along", "also", "although", "among", "an", "and",
        "another", "any", "are", "as", "at", "because", "before", "being", "besides", "between", "both", "but", "by", "can",
        "certainly", "clearly", "could", "currently", "despite", "during", "each", "either", "even", "every", "finally", "first",
        "for", "from", "further", "furthermore", "hence", "her", "here", "his", "how", "however", "if", "in", "indeed", "instead",
        "into", "is", "it", "its", "last", "later", "let", "many", "meanwhile", "moreover", "most", "much", "my", "neither",
        "nevertheless", "next", "no", "none", "nonetheless", "nor", "not", "now", "of", "often", "on", "once", "one", "only",
        "or", "other", "our", "over", "perhaps", "presumably", "rather", "reportedly", "second", "similar", "similarly", "since",
        "so", "some", "still", "such", "supposedly", "sure", "than", "that", "the", "their", "then", "there", "therefore", "these",
        "they", "third", "this", "those", "though", "thus", "to", "today", "too", "under", "uniqueness", "unlike", "until", "up",
        "we", "what", "when", "where", "whether", "which", "while", "who", "whose", "why", "with", "within", "without", "yet", "you");

    /// <summary>Words that may join capitalized words inside one name (Center for Strategic Studies).</summary>
    public static readonly FrozenSet<string> NameConnectors = Set("of", "for", "the", "de", "del", "der", "van", "von", "al", "bin", "ibn", "du", "la", "le", "on");

    /// <summary>Titles and roles written before a person's name; they are kept as the role, not the name.</summary>
    public static readonly FrozenSet<string> TitleWords = Set(
        "president", "vice", "prime", "minister", "secretary", "general", "gen", "brig", "col", "colonel", "lt", "lieutenant",
        "major", "maj", "captain", "capt", "admiral", "adm", "sgt", "sergeant", "commander", "chief", "dr", "des", "prof",
        "professor", "mr", "mrs", "ms", "sir", "dame", "king", "queen", "prince", "princess", "sheikh", "emir", "sultan", "ayatollah",
        "imam", "pope", "rabbi", "bishop", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor",
        "gov", "mayor", "ambassador", "envoy", "chancellor", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
        "chair", "ceo", "director", "leader", "supreme", "defense", "defence", "foreign", "interior", "finance", "economy", "trade",
        "deputy", "former", "late", "veteran", "war", "judge", "justice", "speaker", "premier", "marshal", "dr.des", "commerce",
        "water", "energy", "health", "education", "agriculture", "industry", "security", "national", "head", "founder");

    /// <summary>Words that make a capitalized phrase an organization wherever they stand in it.</summary>
    public static readonly FrozenSet<string> OrganizationWords = Set(
        "university", "universität", "université", "universidad", "universidade", "università", "college", "school", "academy",
        "institute", "institut", "center", "centre", "ministry", "bank", "embassy", "consulate", "parliament", "congress", "senate",
        "organization", "organisation", "union", "forces", "force", "army", "navy", "corps", "council", "committee", "commission",
        "agency", "authority", "office", "department", "bureau", "service", "services", "assembly", "court", "tribunal", "party",
        "front", "movement", "alliance", "league", "association", "federation", "foundation", "fund", "trust", "society", "group",
        "corporation", "corp", "company", "inc", "ltd", "plc", "llc", "gmbh", "ag", "holdings", "industries", "airlines", "times",
        "post", "news", "press", "network", "guard", "police", "brigade", "battalion", "regiment", "division", "cabinet",
        "government", "secretariat", "programme", "program", "initiative", "observatory", "laboratory", "laboratories", "studies",
        "nations", "treasury", "industry", "reserve", "exchange", "institution", "directorate", "inspectorate", "electric", "motors",
        "technologies", "systems", "semiconductor", "semiconductors");

    /// <summary>Nouns that make the capitalized phrase before or around them an event.</summary>
    public static readonly FrozenSet<string> EventWords = Set(
        "war", "wars", "revolution", "spring", "uprising", "crisis", "summit", "conference", "olympics", "games", "contest",
        "championship", "cup", "festival", "election", "elections", "referendum", "offensive", "operation", "battle", "massacre",
        "genocide", "coup", "protests", "agreement", "agreements", "accords", "accord", "ceasefire", "treaty", "talks", "forum", "expo",
        "congress", "declaration", "protocol", "pact", "convention", "charter", "summits");

    /// <summary>Nouns that make the name right before them a product, weapon or system.</summary>
    public static readonly FrozenSet<string> ProductWords = Set(
        "missile", "missiles", "system", "systems", "drone", "drones", "kamikaze-drones", "aircraft", "jet", "jets", "fighter",
        "fighters", "tank", "tanks", "helicopter", "helicopters", "rifle", "rifles", "vehicle", "vehicles", "radar", "radars",
        "launcher", "launchers", "howitzer", "howitzers", "munition", "munitions", "rocket", "rockets", "satellite", "satellites",
        "chip", "chips", "processor", "processors", "smartphone", "phone", "software", "machine", "machines", "reactor", "warship",
        "submarine", "frigate", "corvette", "carrier", "anti-tank", "air-defense", "air-defence", "uav", "uavs");

    /// <summary>Compass words that make the capitalized name after them a region (South Caucasus, Eastern Ukraine).</summary>
    public static readonly FrozenSet<string> DirectionWords = Set(
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "middle", "upper", "lower",
        "greater", "far", "near", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west");

    /// <summary>Geographic nouns that close a place name (Caspian Sea, Persian Gulf).</summary>
    public static readonly FrozenSet<string> PlaceWords = Set(
        "sea", "ocean", "river", "lake", "gulf", "bay", "strait", "straits", "channel", "mountains", "mountain", "mount", "valley",
        "desert", "peninsula", "island", "islands", "basin", "plateau", "plain", "coast", "region", "province", "county", "district",
        "state", "republic", "kingdom", "emirate", "emirates", "territory", "territories", "city", "oblast", "krai", "canal", "heights",
        "dam", "palace", "house", "airport", "square", "bridge", "scheme", "corridor", "tower", "lake", "cape", "port");

    /// <summary>Geographic nouns that open a place name (Lake Nasser, Mount Ararat).</summary>
    public static readonly FrozenSet<string> LeadingPlaceWords = Set("lake", "mount", "cape", "gulf", "port", "fort", "isle", "bay", "sea");

    /// <summary>Religions, confessions and peoples: capitalized, but groups rather than names of entities.</summary>
    public static readonly FrozenSet<string> GroupWords = Set(
        "islam", "islamic", "islamist", "islamists", "muslim", "muslims", "sunni", "sunnis", "shia", "shias", "shiite", "shiites",
        "jew", "jews", "jewish", "judaism", "christian", "christians", "christianity", "catholic", "catholics", "orthodox",
        "protestant", "protestants", "buddhist", "buddhists", "hindu", "hindus", "sikh", "sikhs", "arab", "arabs", "kurd", "kurds",
        "kurdish", "alawite", "alawites", "druze", "salafi", "salafist", "wahhabi", "zionist", "zionism", "communist", "communists",
        "socialist", "socialists", "liberal", "liberals", "conservative", "conservatives", "realpolitik");

    /// <summary>Name particles written in lower case with a hyphen inside a name (Abdel Fattah al-Burhan).</summary>
    public static readonly FrozenSet<string> NameParticles = Set("al", "el", "ad", "as", "ash", "at", "az", "bin", "ibn", "abu", "bint", "de", "di", "da", "du", "van", "von", "le", "la", "d", "o", "mc");

    /// <summary>Prepositions after which a lone capitalized word is a place (in Nagorno-Karabakh).</summary>
    public static readonly FrozenSet<string> LocativePrepositions = Set("in", "at", "near", "from", "across", "throughout", "inside", "outside", "into", "towards", "toward");

    /// <summary>Verbs that follow a person who speaks or acts.</summary>
    public static readonly FrozenSet<string> PersonVerbs = Set(
        "said", "says", "told", "stated", "argued", "argues", "wrote", "writes", "added", "noted", "claimed", "claims", "announced",
        "voiced", "mentioned", "underlined", "stressed", "warned", "insisted", "denied", "admitted", "visited", "met", "signed",
        "promised", "explained", "believes", "believed", "thinks", "thought", "asked", "replied", "graduated", "defended", "worked",
        "publishes", "published", "served", "resigned", "died", "born");

    /// <summary>Number words, which never make a name (actor Number One).</summary>
    public static readonly FrozenSet<string> NumberWords = Set(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "hundred", "thousand",
        "million", "billion", "number", "first", "second", "third");

    /// <summary>Month and weekday names: capitalized, but dates, not names.</summary>
    public static readonly FrozenSet<string> CalendarWords = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
