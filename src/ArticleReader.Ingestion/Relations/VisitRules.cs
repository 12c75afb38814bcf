using System.Text.RegularExpressions;
using static ArticleReader.Ingestion.Relations.RelationGaps;

namespace ArticleReader.Ingestion.Relations;

/// <summary>Visits: "A visited B", "the visit of A to B", "A's visit to B".</summary>
internal static partial class VisitRules
{
    /// <summary>"A visited B" (the first actor after the verb), "B was visited by A", "the visit of A to B", "A's visit to B".</summary>
    public static IEnumerable<FoundRelation> Visits(RelationSentence sentence)
    {
        foreach (Match match in VisitedVerb().Matches(sentence.Text))
        {
            var cue = match.Groups["cue"];
            var end = cue.Index + cue.Length;
            if (sentence.After(end, ByGap()) is { } visitor)
            {
                if (sentence.Before(cue.Index) is { } visited)
                {
                    yield return new FoundRelation(visitor, RelationKind.Visited, visited, cue);
                }

                continue;
            }

            if (sentence.Before(cue.Index) is not { } subject || sentence.After(end, VisitedObjectGap()) is not { } first)
            {
                continue;
            }

            foreach (var each in sentence.ListFrom(first))
            {
                yield return new FoundRelation(subject, RelationKind.Visited, each, cue);
            }
        }

        foreach (Match match in VisitOf().Matches(sentence.Text))
        {
            if (sentence.After(match.Index + match.Length, VisitorGap()) is { } visitor && sentence.After(visitor.End, DestinationGap()) is { } destination)
            {
                yield return new FoundRelation(visitor, RelationKind.Visited, destination, match.Groups["cue"]);
            }
        }

        foreach (var visitor in sentence.Actors)
        {
            if (PossessiveVisit().Match(sentence.Text, visitor.End) is { Success: true } match && sentence.After(match.Index + match.Length, NoGap()) is { } destination)
            {
                yield return new FoundRelation(visitor, RelationKind.Visited, destination, match.Groups["cue"]);
            }
        }
    }

    [GeneratedRegex(@"\b(?<cue>visited)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VisitedVerb();

    [GeneratedRegex(@"\b(?<cue>visits?)\s+(?:of|by)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex VisitOf();

    [GeneratedRegex(@"\G(?:['’]s?)?\s+(?<cue>visits?)\s+to\s+(?:the\s+)?")]
    private static partial Regex PossessiveVisit();
}
