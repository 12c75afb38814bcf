using System.Collections.Frozen;
using ArticleReader.Ingestion.Text;

namespace ArticleReader.Ingestion.Claims;

/// <summary>
/// The cue words the claim detector reads, from the data files in <c>Claims/Cues/</c> (embedded resources): cues of
/// English usage, never of any one article. Each file holds one entry a line, lower case; <c>#</c> starts a comment.
/// </summary>
public static class ClaimCues
{
    /// <summary>Every cue list's name, as its file is named.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "event-verbs", "reporting-verbs", "hedge-words", "opinion-words", "relation-phrases", "attributed-view-phrases",
        "first-person", "second-person", "calendar-words", "money-words", "negations",
        "comparisons", "future-words",
    ];

    /// <summary>Past tenses of things that happen and can be checked.</summary>
    public static readonly FrozenSet<string> EventVerbs = Set("event-verbs");

    /// <summary>Verbs that report what someone says or holds.</summary>
    public static readonly FrozenSet<string> ReportingVerbs = Set("reporting-verbs");

    /// <summary>Single words that hedge a claim.</summary>
    public static readonly FrozenSet<string> HedgeWords = Set("hedge-words");

    /// <summary>Words that mark judgement, speculation or prescription rather than fact.</summary>
    public static readonly FrozenSet<string> OpinionWords = Set("opinion-words");

    /// <summary>Phrases that relate actors to each other, each with a space either side for matching whole words.</summary>
    public static readonly IReadOnlyList<string> RelationPhrases = Phrases("relation-phrases");

    /// <summary>Phrases that say whose view a sentence reports, each with a space either side.</summary>
    public static readonly IReadOnlyList<string> AttributedViewPhrases = Phrases("attributed-view-phrases");

    public static readonly FrozenSet<string> FirstPerson = Set("first-person");

    public static readonly FrozenSet<string> SecondPerson = Set("second-person");

    /// <summary>Month and weekday names.</summary>
    public static readonly FrozenSet<string> CalendarWords = Set("calendar-words");

    /// <summary>Currencies and the words of large amounts.</summary>
    public static readonly FrozenSet<string> MoneyWords = Set("money-words");

    public static readonly FrozenSet<string> Negations = Set("negations");

    /// <summary>Words of comparison, which checkable figures come with.</summary>
    public static readonly FrozenSet<string> Comparisons = Set("comparisons");

    /// <summary>Words of the future and of intention.</summary>
    public static readonly FrozenSet<string> FutureWords = Set("future-words");

    /// <summary>The entries of one cue file in file order, repeats included (so a test can find them).</summary>
    public static IReadOnlyList<string> Entries(string name) => WordLists.Entries($"ArticleReader.Ingestion.Claims.Cues.{name}.txt");

    private static FrozenSet<string> Set(string name) => WordLists.Set($"ArticleReader.Ingestion.Claims.Cues.{name}.txt");

    private static string[] Phrases(string name) => [.. Entries(name).Select(p => $" {p} ")];
}
