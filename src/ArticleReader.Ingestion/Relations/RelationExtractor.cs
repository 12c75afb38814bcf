using ArticleReader.Ingestion.Claims;
using ArticleReader.Ingestion.Entities;

namespace ArticleReader.Ingestion.Relations;

/// <summary>
/// Finds the relations between actors (people, organizations, countries and cities) that claims state: who sold weapons
/// to whom, who visited where, who cooperates militarily with, is a member of, allied with or hostile to whom. Each rule
/// pairs an English cue with the positions of the actors around it in the claim's sentence; a negated clause states none.
/// </summary>
public sealed class RelationExtractor
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

    private static IEnumerable<FoundRelation> Find(RelationSentence sentence) =>
        TradeRules.SoldTo(sentence)
            .Concat(TradeRules.PurchasedFrom(sentence))
            .Concat(TradeRules.WeaponSales(sentence))
            .Concat(VisitRules.Visits(sentence))
            .Concat(AllianceRules.Cooperation(sentence))
            .Concat(AllianceRules.MilitaryPartners(sentence))
            .Concat(AllianceRules.Membership(sentence))
            .Concat(AllianceRules.Alliances(sentence))
            .Concat(HostilityRules.Hostility(sentence));

    /// <summary>A negation from the start of the cue's clause to the last word of the relation denies it.</summary>
    private static bool IsNegated(RelationSentence sentence, FoundRelation found)
    {
        var from = Math.Min(sentence.ClauseStart(found.Cue.Index), Math.Min(found.Subject.Start, found.Object.Start));
        var to = Math.Max(found.Cue.Index + found.Cue.Length, Math.Max(found.Subject.End, found.Object.End));
        return sentence.IsNegated(from, to);
    }
}
