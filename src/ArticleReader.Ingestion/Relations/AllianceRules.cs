using System.Text.RegularExpressions;
using ArticleReader.Ingestion.Entities;
using static ArticleReader.Ingestion.Relations.RelationGaps;

namespace ArticleReader.Ingestion.Relations;

/// <summary>Ties between actors: military cooperation, military partners, membership and alliances.</summary>
internal static partial class AllianceRules
{
    /// <summary>
    /// "military cooperation between A and B"; "A … develop(s) military cooperation with X, Y". The subject of "with" is
    /// the nearest state before the cue in its clause, so "Dehqan voiced Iran's readiness to start military cooperation
    /// with Baku" is Iran's.
    /// </summary>
    public static IEnumerable<FoundRelation> Cooperation(RelationSentence sentence)
    {
        foreach (Match match in MilitaryCooperation().Matches(sentence.Text))
        {
            var cue = match.Groups["cue"];
            var end = match.Index + match.Length;
            if (match.Groups["prep"].Value.Equals("between", StringComparison.OrdinalIgnoreCase))
            {
                if (Pair(sentence, end) is (var first, var second))
                {
                    yield return new FoundRelation(first, RelationKind.CooperatesMilitarilyWith, second, cue, Symmetric: true);
                }

                continue;
            }

            if (sentence.Before(cue.Index, preferStates: true) is not { } subject || sentence.After(end, DeterminerGap()) is not { } partner)
            {
                continue;
            }

            foreach (var each in sentence.ListFrom(partner))
            {
                yield return new FoundRelation(subject, RelationKind.CooperatesMilitarilyWith, each, cue, Symmetric: true);
            }
        }
    }

    /// <summary>"A as one of the military partners of B (together with X, Y, and Z)": A, X, Y and Z each cooperate with B.</summary>
    public static IEnumerable<FoundRelation> MilitaryPartners(RelationSentence sentence)
    {
        foreach (Match match in Partners().Matches(sentence.Text))
        {
            var cue = match.Groups["cue"];
            if (sentence.After(match.Index + match.Length, OfGap()) is not { } partnered)
            {
                continue;
            }

            var partners = new List<Actor>();
            if (sentence.EndingBefore(cue.Index, PredicateGap()) is { } subject)
            {
                partners.Add(subject);
            }

            if (sentence.After(partnered.End, TogetherWithGap()) is { } first)
            {
                partners.AddRange(sentence.ListFrom(first));
            }

            foreach (var partner in partners)
            {
                yield return new FoundRelation(partner, RelationKind.CooperatesMilitarilyWith, partnered, cue, Symmetric: true);
            }
        }
    }

    /// <summary>"A – member of B", "A, a member of B", "A is a member of B". Only organizations have members.</summary>
    public static IEnumerable<FoundRelation> Membership(RelationSentence sentence)
    {
        foreach (Match match in MemberOfCue().Matches(sentence.Text))
        {
            var cue = match.Groups["cue"];
            if (sentence.After(match.Index + match.Length, OfGap()) is { Type: EntityType.Org } organization
                && sentence.EndingBefore(cue.Index, PredicateGap()) is { } member)
            {
                yield return new FoundRelation(member, RelationKind.MemberOf, organization, cue);
            }
        }
    }

    /// <summary>"A is a (close) (military) ally of B", "A, which is B's ally", "alliance between A and B", "A's alliance with B", "A and B are allies".</summary>
    public static IEnumerable<FoundRelation> Alliances(RelationSentence sentence)
    {
        foreach (Match match in AllyOf().Matches(sentence.Text))
        {
            var cue = match.Groups["cue"];
            if (sentence.After(match.Index + match.Length, OfGap()) is { } ally && sentence.EndingBefore(cue.Index, PredicateGap()) is { } subject)
            {
                yield return new FoundRelation(subject, RelationKind.AlliedWith, ally, cue, Symmetric: true);
            }
        }

        foreach (var ally in sentence.Actors)
        {
            if (PossessiveAlly().Match(sentence.Text, ally.End) is { Success: true } match && sentence.EndingBefore(ally.Start, AppositionGap()) is { } subject)
            {
                yield return new FoundRelation(subject, RelationKind.AlliedWith, ally, match.Groups["cue"], Symmetric: true);
            }
        }

        foreach (Match match in Alliance().Matches(sentence.Text))
        {
            var cue = match.Groups["cue"];
            var end = match.Index + match.Length;
            if (match.Groups["prep"].Value.Equals("between", StringComparison.OrdinalIgnoreCase))
            {
                if (Pair(sentence, end) is (var first, var second))
                {
                    yield return new FoundRelation(first, RelationKind.AlliedWith, second, cue, Symmetric: true);
                }

                continue;
            }

            if (sentence.Before(cue.Index, preferStates: true) is not { } subject || sentence.After(end, DeterminerGap()) is not { } ally)
            {
                continue;
            }

            foreach (var each in sentence.ListFrom(ally))
            {
                yield return new FoundRelation(subject, RelationKind.AlliedWith, each, cue, Symmetric: true);
            }
        }

        foreach (Match match in AreAllies().Matches(sentence.Text))
        {
            if (sentence.EndingBefore(match.Index, SpaceGap()) is { } second && sentence.EndingBefore(second.Start, AndGap()) is { } first)
            {
                yield return new FoundRelation(first, RelationKind.AlliedWith, second, match.Groups["cue"], Symmetric: true);
            }
        }
    }

    // "military-technical cooperation", "military and political cooperation": military cooperation all the same.
    [GeneratedRegex(@"\b(?<cue>(?:military|defen[cs]e)(?:[- ]technical|\s+and\s+[a-z]+)?\s+(?:cooperation|co-operation|partnership|ties))\s+(?<prep>between|with)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex MilitaryCooperation();

    [GeneratedRegex(@"\b(?<cue>(?:military|defen[cs]e)\s+partners?)\s+of\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Partners();

    [GeneratedRegex(@"\b(?<cue>members?\s+of)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex MemberOfCue();

    [GeneratedRegex(@"\b(?<cue>ally|allies)\s+of\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AllyOf();

    [GeneratedRegex(@"\G['’]s\s+(?:(?:close|closest|main|key|strategic|military|traditional|only|long-time|longtime|oldest|staunchest|strongest|regional)\s+)*(?<cue>ally)\b")]
    private static partial Regex PossessiveAlly();

    [GeneratedRegex(@"\b(?<cue>alliance)\s+(?<prep>between|with)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Alliance();

    [GeneratedRegex(@"\b(?:are|were|remain|remained|have been|had been|became)\s+(?:[a-z-]+\s+){0,2}(?<cue>allies)\b(?!\s+of\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AreAllies();
}
