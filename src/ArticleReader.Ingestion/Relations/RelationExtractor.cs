using System.Text.RegularExpressions;
using ArticleReader.Ingestion.Claims;
using ArticleReader.Ingestion.Entities;

namespace ArticleReader.Ingestion.Relations;

/// <summary>
/// Finds the relations between actors (people, organizations, countries and cities) that claims state: who sold weapons
/// to whom, who visited where, who cooperates militarily with, is a member of, allied with or hostile to whom. Each rule
/// pairs an English cue with the positions of the actors around it in the claim's sentence; a negated clause states none.
/// </summary>
public sealed partial class RelationExtractor
{
    public IReadOnlyList<Relation> Extract(string source, IReadOnlyList<Claim> claims, EntityExtraction entities)
    {
        var mentions = entities.Mentions.OrderBy(m => m.Span.Start).ToList();
        var relations = new List<Relation>();
        var seen = new HashSet<(string, RelationKind, string, string)>();
        var next = 0;
        foreach (var claim in claims.OrderBy(c => c.Span.Start))
        {
            // Claims and mentions are both in text order: one pass pairs them.
            while (next < mentions.Count && mentions[next].Span.Start < claim.Span.Start)
            {
                next++;
            }

            var inClaim = new List<Mention>();
            for (var i = next; i < mentions.Count && mentions[i].Span.Start < claim.Span.End; i++)
            {
                if (claim.Span.Contains(mentions[i].Span))
                {
                    inClaim.Add(mentions[i]);
                }
            }

            var sentence = new RelationSentence(source, claim, inClaim);
            foreach (var found in Find(sentence).OrderBy(f => f.Cue.Index))
            {
                if (found.Subject.Key == found.Object.Key || IsNegated(sentence, found))
                {
                    continue;
                }

                var (subject, @object) = found.Symmetric && string.CompareOrdinal(found.Subject.Key, found.Object.Key) > 0
                    ? (found.Object.Key, found.Subject.Key)
                    : (found.Subject.Key, found.Object.Key);
                if (seen.Add((subject, found.Kind, @object, claim.Key)))
                {
                    relations.Add(new Relation(subject, found.Kind, @object, claim.Key, sentence.ToSource(found.Cue)));
                }
            }
        }

        return relations;
    }

    private static IEnumerable<Found> Find(RelationSentence sentence) =>
        SoldTo(sentence)
            .Concat(PurchasedFrom(sentence))
            .Concat(WeaponSales(sentence))
            .Concat(Visits(sentence))
            .Concat(Cooperation(sentence))
            .Concat(MilitaryPartners(sentence))
            .Concat(Membership(sentence))
            .Concat(Alliances(sentence))
            .Concat(Hostility(sentence));

    /// <summary>A negation from the start of the cue's clause to the last word of the relation denies it.</summary>
    private static bool IsNegated(RelationSentence sentence, Found found)
    {
        var from = Math.Min(sentence.ClauseStart(found.Cue.Index), Math.Min(found.Subject.Start, found.Object.Start));
        var to = Math.Max(found.Cue.Index + found.Cue.Length, Math.Max(found.Subject.End, found.Object.End));
        return sentence.IsNegated(from, to);
    }

    /// <summary>"A sold … to B", "weapons sold by A to B": the sale has to be of weapons, said in the same clause.</summary>
    private static IEnumerable<Found> SoldTo(RelationSentence sentence)
    {
        foreach (Match match in Sold().Matches(sentence.Text))
        {
            var cue = match.Groups["cue"];
            var end = cue.Index + cue.Length;
            if (!WeaponWords().IsMatch(sentence.ClauseAround(cue.Index)) || sentence.FirstLedBy(end, sentence.ClauseEnd(end), LedByTo()) is not { } buyer)
            {
                continue;
            }

            var seller = sentence.After(end, ByGap()) ?? sentence.After(buyer.End, ByGap()) ?? sentence.Before(cue.Index);
            if (seller is null)
            {
                continue;
            }

            foreach (var each in sentence.ListFrom(buyer))
            {
                yield return new Found(seller, RelationKind.SoldWeaponsTo, each, cue);
            }
        }
    }

    /// <summary>
    /// "B purchased weapons from X, Y and Z": each seller sold weapons to B. The sellers may follow a second verb that
    /// shares them ("purchase weapons from and develop military cooperation with X, Y").
    /// </summary>
    private static IEnumerable<Found> PurchasedFrom(RelationSentence sentence)
    {
        foreach (Match match in Purchase().Matches(sentence.Text))
        {
            var (cue, verb) = (match.Groups["cue"], match.Groups["verb"]);
            var end = cue.Index + cue.Length;
            if (!WeaponWords().IsMatch(sentence.Text[sentence.ClauseStart(cue.Index)..end]))
            {
                continue;
            }

            var buyer = sentence.After(verb.Index + verb.Length, ByGap()) ?? sentence.Before(verb.Index);
            if (buyer is null || sentence.After(end, SellerGap()) is not { } seller)
            {
                continue;
            }

            foreach (var each in sentence.ListFrom(seller))
            {
                yield return new Found(each, RelationKind.SoldWeaponsTo, buyer, cue);
            }
        }
    }

    /// <summary>"weapon sales from A to B", "A's arms sales to B", "Israeli arms exports to B".</summary>
    private static IEnumerable<Found> WeaponSales(RelationSentence sentence)
    {
        foreach (Match match in WeaponTrade().Matches(sentence.Text))
        {
            var cue = match.Groups["cue"];
            var end = cue.Index + cue.Length;
            var seller = sentence.After(end, FromOrByGap()) ?? sentence.EndingBefore(cue.Index, PossessiveGap());
            if (seller is not null && sentence.After(Math.Max(end, seller.End), ToGap()) is { } buyer)
            {
                yield return new Found(seller, RelationKind.SoldWeaponsTo, buyer, cue);
            }
        }
    }

    /// <summary>"A visited B" (the first actor after the verb), "B was visited by A", "the visit of A to B", "A's visit to B".</summary>
    private static IEnumerable<Found> Visits(RelationSentence sentence)
    {
        foreach (Match match in VisitedVerb().Matches(sentence.Text))
        {
            var cue = match.Groups["cue"];
            var end = cue.Index + cue.Length;
            if (sentence.After(end, ByGap()) is { } visitor)
            {
                if (sentence.Before(cue.Index) is { } visited)
                {
                    yield return new Found(visitor, RelationKind.Visited, visited, cue);
                }

                continue;
            }

            if (sentence.Before(cue.Index) is not { } subject || sentence.After(end, VisitedObjectGap()) is not { } first)
            {
                continue;
            }

            foreach (var each in sentence.ListFrom(first))
            {
                yield return new Found(subject, RelationKind.Visited, each, cue);
            }
        }

        foreach (Match match in VisitOf().Matches(sentence.Text))
        {
            if (sentence.After(match.Index + match.Length, VisitorGap()) is { } visitor && sentence.After(visitor.End, DestinationGap()) is { } destination)
            {
                yield return new Found(visitor, RelationKind.Visited, destination, match.Groups["cue"]);
            }
        }

        foreach (var visitor in sentence.Actors)
        {
            if (PossessiveVisit().Match(sentence.Text, visitor.End) is { Success: true } match && sentence.After(match.Index + match.Length, NoGap()) is { } destination)
            {
                yield return new Found(visitor, RelationKind.Visited, destination, match.Groups["cue"]);
            }
        }
    }

    /// <summary>
    /// "military cooperation between A and B"; "A … develop(s) military cooperation with X, Y". The subject of "with" is
    /// the nearest state before the cue in its clause, so "Dehqan voiced Iran's readiness to start military cooperation
    /// with Baku" is Iran's.
    /// </summary>
    private static IEnumerable<Found> Cooperation(RelationSentence sentence)
    {
        foreach (Match match in MilitaryCooperation().Matches(sentence.Text))
        {
            var cue = match.Groups["cue"];
            var end = match.Index + match.Length;
            if (match.Groups["prep"].Value.Equals("between", StringComparison.OrdinalIgnoreCase))
            {
                if (Pair(sentence, end) is (var first, var second))
                {
                    yield return new Found(first, RelationKind.CooperatesMilitarilyWith, second, cue, Symmetric: true);
                }

                continue;
            }

            if (sentence.Before(cue.Index, preferStates: true) is not { } subject || sentence.After(end, DeterminerGap()) is not { } partner)
            {
                continue;
            }

            foreach (var each in sentence.ListFrom(partner))
            {
                yield return new Found(subject, RelationKind.CooperatesMilitarilyWith, each, cue, Symmetric: true);
            }
        }
    }

    /// <summary>"A as one of the military partners of B (together with X, Y, and Z)": A, X, Y and Z each cooperate with B.</summary>
    private static IEnumerable<Found> MilitaryPartners(RelationSentence sentence)
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
                yield return new Found(partner, RelationKind.CooperatesMilitarilyWith, partnered, cue, Symmetric: true);
            }
        }
    }

    /// <summary>"A – member of B", "A, a member of B", "A is a member of B". Only organizations have members.</summary>
    private static IEnumerable<Found> Membership(RelationSentence sentence)
    {
        foreach (Match match in MemberOfCue().Matches(sentence.Text))
        {
            var cue = match.Groups["cue"];
            if (sentence.After(match.Index + match.Length, OfGap()) is { Type: EntityType.Org } organization
                && sentence.EndingBefore(cue.Index, PredicateGap()) is { } member)
            {
                yield return new Found(member, RelationKind.MemberOf, organization, cue);
            }
        }
    }

    /// <summary>"A is a (close) (military) ally of B", "A, which is B's ally", "alliance between A and B", "A's alliance with B", "A and B are allies".</summary>
    private static IEnumerable<Found> Alliances(RelationSentence sentence)
    {
        foreach (Match match in AllyOf().Matches(sentence.Text))
        {
            var cue = match.Groups["cue"];
            if (sentence.After(match.Index + match.Length, OfGap()) is { } ally && sentence.EndingBefore(cue.Index, PredicateGap()) is { } subject)
            {
                yield return new Found(subject, RelationKind.AlliedWith, ally, cue, Symmetric: true);
            }
        }

        foreach (var ally in sentence.Actors)
        {
            if (PossessiveAlly().Match(sentence.Text, ally.End) is { Success: true } match && sentence.EndingBefore(ally.Start, AppositionGap()) is { } subject)
            {
                yield return new Found(subject, RelationKind.AlliedWith, ally, match.Groups["cue"], Symmetric: true);
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
                    yield return new Found(first, RelationKind.AlliedWith, second, cue, Symmetric: true);
                }

                continue;
            }

            if (sentence.Before(cue.Index, preferStates: true) is not { } subject || sentence.After(end, DeterminerGap()) is not { } ally)
            {
                continue;
            }

            foreach (var each in sentence.ListFrom(ally))
            {
                yield return new Found(subject, RelationKind.AlliedWith, each, cue, Symmetric: true);
            }
        }

        foreach (Match match in AreAllies().Matches(sentence.Text))
        {
            if (sentence.EndingBefore(match.Index, SpaceGap()) is { } second && sentence.EndingBefore(second.Start, AndGap()) is { } first)
            {
                yield return new Found(first, RelationKind.AlliedWith, second, match.Groups["cue"], Symmetric: true);
            }
        }
    }

    /// <summary>
    /// "hostile rhetoric between A and B" (mutual); "threatening towards A by … B" and "A threatened B" (the threatener
    /// is hostile to the threatened); "military actions against B" by the clause's actor or the one named after "by".
    /// </summary>
    private static IEnumerable<Found> Hostility(RelationSentence sentence)
    {
        foreach (Match match in HostileBetween().Matches(sentence.Text))
        {
            if (Pair(sentence, match.Index + match.Length) is (var first, var second))
            {
                yield return new Found(first, RelationKind.HostileTo, second, match.Groups["cue"], Symmetric: true);
            }
        }

        foreach (var match in Threat().Matches(sentence.Text).Concat(ActionsAgainst().Matches(sentence.Text)))
        {
            var cue = match.Groups["cue"];
            if (sentence.After(match.Index + match.Length, DeterminerGap()) is { } target
                && (sentence.After(target.End, AgentGap()) ?? sentence.Before(cue.Index)) is { } agent)
            {
                yield return new Found(agent, RelationKind.HostileTo, target, cue);
            }
        }
    }

    /// <summary>"between A and B": the two actors right after <paramref name="at"/>.</summary>
    private static (Actor First, Actor Second)? Pair(RelationSentence sentence, int at) =>
        sentence.After(at, DeterminerGap()) is { } first && sentence.After(first.End, AndGap()) is { } second ? (first, second) : null;

    private sealed record Found(Actor Subject, RelationKind Kind, Actor Object, Group Cue, bool Symmetric = false);

    // Cues. English words, none of them tied to an article; case is ignored so a cue may open a sentence.
    [GeneratedRegex(@"\b(?<cue>sold|sells?|selling)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Sold();

    [GeneratedRegex(@"\b(?<cue>(?<verb>purchas(?:e|es|ed|ing)|buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|import(?:s|ed|ing)?)\b[^,;:()–—]*?\bfrom)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Purchase();

    [GeneratedRegex(@"\b(?<cue>(?:weapons?|arms)\s+(?:sales|deliveries|exports|supplies))\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeaponTrade();

    [GeneratedRegex(@"\b(?:weapons?|weaponry|arms|armaments?|munitions?|ammunition|missiles?|rockets?|drones?|uavs?|tanks?|artillery|firearms|rifles|guns|howitzers|mortars|aircraft|jets|helicopters|warships|frigates|submarines|radars?|air defen[cs]e|military equipment|military hardware)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeaponWords();

    [GeneratedRegex(@"\b(?<cue>visited)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VisitedVerb();

    [GeneratedRegex(@"\b(?<cue>visits?)\s+(?:of|by)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex VisitOf();

    [GeneratedRegex(@"\G(?:['’]s?)?\s+(?<cue>visits?)\s+to\s+(?:the\s+)?")]
    private static partial Regex PossessiveVisit();

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

    [GeneratedRegex(@"\b(?<cue>hostile\s+\p{L}+|hostility|hostilities|enmity|animosity)\s+between\s+", RegexOptions.IgnoreCase)]
    private static partial Regex HostileBetween();

    [GeneratedRegex(@"\b(?<cue>threat(?:s|en|ens|ened|ening)?)\s+(?:(?:towards?|against|to)\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex Threat();

    [GeneratedRegex(@"\b(?<cue>military\s+(?:actions?|operations?|campaigns?|strikes?|attacks?)|(?:air|missile|drone)\s+strikes?|strikes?|attacks?|aggression|war|offensive)\s+against\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ActionsAgainst();

    // Gaps: the words allowed between a cue and an actor, or between two actors. Anchored at both ends.
    [GeneratedRegex(@"^$")]
    private static partial Regex NoGap();

    [GeneratedRegex(@"^\s+$")]
    private static partial Regex SpaceGap();

    [GeneratedRegex(@"^(?:the\s+)?$")]
    private static partial Regex DeterminerGap();

    [GeneratedRegex(@"^\s+and\s+(?:the\s+)?$")]
    private static partial Regex AndGap();

    [GeneratedRegex(@"^\s+by\s+(?:the\s+)?$")]
    private static partial Regex ByGap();

    [GeneratedRegex(@"\bto\s+(?:the\s+)?$")]
    private static partial Regex LedByTo();

    [GeneratedRegex(@"^\s+to\s+(?:the\s+)?$")]
    private static partial Regex ToGap();

    [GeneratedRegex(@"^\s+(?:from|by)\s+(?:the\s+)?$")]
    private static partial Regex FromOrByGap();

    // "Israel's weapon sales", "Israel's growing arms sales", "Israeli arms exports".
    [GeneratedRegex(@"^(?:['’]s?\s+(?:[\p{Ll}-]+\s+)?|\s+)$")]
    private static partial Regex PossessiveGap();

    // The sellers right after "from", or after a second verb phrase that shares them: "from and develop cooperation with".
    [GeneratedRegex(@"^(?:\s+(?:the\s+)?|\s+and\s+[^,;:()]*?\b(?:with|from|to)\s+(?:the\s+)?)$")]
    private static partial Regex SellerGap();

    [GeneratedRegex(@"^\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$")]
    private static partial Regex VisitedObjectGap();

    // Titles may stand between "visit of" and the visitor: "the visit of president X", "visit of Brig. Gen. X".
    [GeneratedRegex(@"^(?:(?:the|a|an)\s+)?(?:[\p{L}][\p{L}.]*\s+){0,3}$")]
    private static partial Regex VisitorGap();

    // "the visit of an Iranian leader to Baku": the visitor's head noun may stand before "to".
    [GeneratedRegex(@"^(?:\s+[\p{Ll}-]+){0,2}\s+to\s+(?:the\s+)?$")]
    private static partial Regex DestinationGap();

    // One word may stand before the organization: "member of the Moscow-centered Collective Security Treaty Organization".
    [GeneratedRegex(@"^(?:the\s+)?(?:[\p{L}\p{Nd}’'-]+\s+)?$")]
    private static partial Regex OfGap();

    [GeneratedRegex(@"^\s*[(,]?\s*(?:together|along)\s+with\s+(?:the\s+)?$")]
    private static partial Regex TogetherWithGap();

    // Between the subject and "member of", "ally of", "partners of": a copula (negated or not: the negation check decides),
    // "as", or apposition, then the noun phrase's determiner and adjectives ("Armenia - member of", "is a close military ally of", "as one of the actual military partners of").
    [GeneratedRegex(@"^(?:\s*[,–—-]\s*(?:(?:which|who)\s+(?:is|was|remains|has been|had been)\s+)?|\s+(?:is|are|was|were|as|remains|remained|became|becomes|has been|had been)\s+(?:(?:not|no longer)\s+)?)(?:one of\s+)?(?:(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,3}|(?:[\p{Ll}-]+\s+)?)$")]
    private static partial Regex PredicateGap();

    // Before "B's ally": "A, which is", "A, who was", "A is", or plain apposition "A,".
    [GeneratedRegex(@"^(?:\s*,\s*(?:(?:which|who)\s+(?:is|was|remains|remained|has been|had been)\s+)?|\s+(?:is|was|remains|remained|has been|had been|became)\s+)$")]
    private static partial Regex AppositionGap();

    // "threatening towards A by any high ranked Iranian military officer": a few words may stand before the threatener.
    [GeneratedRegex(@"^\s+by\s+(?:[\p{L}-]+\s+){0,4}$")]
    private static partial Regex AgentGap();
}
