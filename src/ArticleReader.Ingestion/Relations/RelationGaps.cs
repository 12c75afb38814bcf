using System.Text.RegularExpressions;

namespace ArticleReader.Ingestion.Relations;

/// <summary>
/// The gaps of the relation rules: the words allowed between a cue and an actor, or between two actors, each anchored
/// at both ends; and the pair of actors a "between" names.
/// </summary>
internal static partial class RelationGaps
{
    /// <summary>"between A and B": the two actors right after <paramref name="at"/>.</summary>
    public static (Actor First, Actor Second)? Pair(RelationSentence sentence, int at) =>
        sentence.After(at, DeterminerGap()) is { } first && sentence.After(first.End, AndGap()) is { } second ? (first, second) : null;

    [GeneratedRegex(@"^$")]
    internal static partial Regex NoGap();

    [GeneratedRegex(@"^\s+$")]
    internal static partial Regex SpaceGap();

    [GeneratedRegex(@"^(?:the\s+)?$")]
    internal static partial Regex DeterminerGap();

    [GeneratedRegex(@"^\s+and\s+(?:the\s+)?$")]
    internal static partial Regex AndGap();

    [GeneratedRegex(@"^\s+by\s+(?:the\s+)?$")]
    internal static partial Regex ByGap();

    [GeneratedRegex(@"\bto\s+(?:the\s+)?$")]
    internal static partial Regex LedByTo();

    [GeneratedRegex(@"^\s+to\s+(?:the\s+)?$")]
    internal static partial Regex ToGap();

    [GeneratedRegex(@"^\s+(?:from|by)\s+(?:the\s+)?$")]
    internal static partial Regex FromOrByGap();

    // "Israel's weapon sales", "Israel's growing arms sales", "Israeli arms exports".
    [GeneratedRegex(@"^(?:['’]s?\s+(?:[\p{Ll}-]+\s+)?|\s+)$")]
    internal static partial Regex PossessiveGap();

    // The sellers right after "from", or after a second verb phrase that shares them: "from and develop cooperation with".
    [GeneratedRegex(@"^(?:\s+(?:the\s+)?|\s+and\s+[^,;:()]*?\b(?:with|from|to)\s+(?:the\s+)?)$")]
    internal static partial Regex SellerGap();

    [GeneratedRegex(@"^\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$")]
    internal static partial Regex VisitedObjectGap();

    // Titles may stand between "visit of" and the visitor: "the visit of president X", "visit of Brig. Gen. X".
    [GeneratedRegex(@"^(?:(?:the|a|an)\s+)?(?:[\p{L}][\p{L}.]*\s+){0,3}$")]
    internal static partial Regex VisitorGap();

    // "the visit of an Iranian leader to Baku": the visitor's head noun may stand before "to".
    [GeneratedRegex(@"^(?:\s+[\p{Ll}-]+){0,2}\s+to\s+(?:the\s+)?$")]
    internal static partial Regex DestinationGap();

    // One word may stand before the organization: "member of the Moscow-centered Collective Security Treaty Organization".
    [GeneratedRegex(@"^(?:the\s+)?(?:[\p{L}\p{Nd}’'-]+\s+)?$")]
    internal static partial Regex OfGap();

    [GeneratedRegex(@"^\s*[(,]?\s*(?:together|along)\s+with\s+(?:the\s+)?$")]
    internal static partial Regex TogetherWithGap();

    // Between the subject and "member of", "ally of", "partners of": a copula (negated or not: the negation check decides),
    // "as", or apposition, then the noun phrase's determiner and adjectives ("Armenia - member of", "is a close military ally of", "as one of the actual military partners of").
    [GeneratedRegex(@"^(?:\s*[,–—-]\s*(?:(?:which|who)\s+(?:is|was|remains|has been|had been)\s+)?|\s+(?:is|are|was|were|as|remains|remained|became|becomes|has been|had been)\s+(?:(?:not|no longer)\s+)?)(?:one of\s+)?(?:(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,3}|(?:[\p{Ll}-]+\s+)?)$")]
    internal static partial Regex PredicateGap();

    // Before "B's ally": "A, which is", "A, who was", "A is", or plain apposition "A,".
    [GeneratedRegex(@"^(?:\s*,\s*(?:(?:which|who)\s+(?:is|was|remains|remained|has been|had been)\s+)?|\s+(?:is|was|remains|remained|has been|had been|became)\s+)$")]
    internal static partial Regex AppositionGap();

    // "threatening towards A by any high ranked Iranian military officer": a few words may stand before the threatener.
    [GeneratedRegex(@"^\s+by\s+(?:[\p{L}-]+\s+){0,4}$")]
    internal static partial Regex AgentGap();
}
