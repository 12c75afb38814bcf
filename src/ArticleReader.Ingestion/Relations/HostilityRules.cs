using System.Text.RegularExpressions;
using static ArticleReader.Ingestion.Relations.RelationGaps;

namespace ArticleReader.Ingestion.Relations;

/// <summary>Hostility: hostile rhetoric between actors, threats and military actions against one.</summary>
internal static partial class HostilityRules
{
    /// <summary>
    /// "hostile rhetoric between A and B" (mutual); "threatening towards A by … B" and "A threatened B" (the threatener
    /// is hostile to the threatened); "military actions against B" by the clause's actor or the one named after "by".
    /// </summary>
    public static IEnumerable<FoundRelation> Hostility(RelationSentence sentence)
    {
        foreach (Match match in HostileBetween().Matches(sentence.Text))
        {
            if (Pair(sentence, match.Index + match.Length) is (var first, var second))
            {
                yield return new FoundRelation(first, RelationKind.HostileTo, second, match.Groups["cue"], Symmetric: true);
            }
        }

        foreach (var match in Threat().Matches(sentence.Text).Concat(ActionsAgainst().Matches(sentence.Text)))
        {
            var cue = match.Groups["cue"];
            if (sentence.After(match.Index + match.Length, DeterminerGap()) is { } target
                && (sentence.After(target.End, AgentGap()) ?? sentence.Before(cue.Index)) is { } agent)
            {
                yield return new FoundRelation(agent, RelationKind.HostileTo, target, cue);
            }
        }
    }

    [GeneratedRegex(@"\b(?<cue>hostile\s+\p{L}+|hostility|hostilities|enmity|animosity)\s+between\s+", RegexOptions.IgnoreCase)]
    private static partial Regex HostileBetween();

    [GeneratedRegex(@"\b(?<cue>threat(?:s|en|ens|ened|ening)?)\s+(?:(?:towards?|against|to)\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex Threat();

    [GeneratedRegex(@"\b(?<cue>military\s+(?:actions?|operations?|campaigns?|strikes?|attacks?)|(?:air|missile|drone)\s+strikes?|strikes?|attacks?|aggression|war|offensive)\s+against\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ActionsAgainst();
}
