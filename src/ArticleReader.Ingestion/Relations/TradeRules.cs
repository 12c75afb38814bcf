using System.Text.RegularExpressions;
using static ArticleReader.Ingestion.Relations.RelationGaps;

namespace ArticleReader.Ingestion.Relations;

/// <summary>Sales of weapons: "A sold … to B", "B purchased weapons from A", "A's arms sales to B".</summary>
internal static partial class TradeRules
{
    /// <summary>"A sold … to B", "weapons sold by A to B": the sale has to be of weapons, said in the same clause.</summary>
    public static IEnumerable<FoundRelation> SoldTo(RelationSentence sentence)
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
                yield return new FoundRelation(seller, RelationKind.SoldWeaponsTo, each, cue);
            }
        }
    }

    /// <summary>
    /// "B purchased weapons from X, Y and Z": each seller sold weapons to B. The sellers may follow a second verb that
    /// shares them ("purchase weapons from and develop military cooperation with X, Y").
    /// </summary>
    public static IEnumerable<FoundRelation> PurchasedFrom(RelationSentence sentence)
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
                yield return new FoundRelation(each, RelationKind.SoldWeaponsTo, buyer, cue);
            }
        }
    }

    /// <summary>"weapon sales from A to B", "A's arms sales to B", "Israeli arms exports to B".</summary>
    public static IEnumerable<FoundRelation> WeaponSales(RelationSentence sentence)
    {
        foreach (Match match in WeaponTrade().Matches(sentence.Text))
        {
            var cue = match.Groups["cue"];
            var end = cue.Index + cue.Length;
            var seller = sentence.After(end, FromOrByGap()) ?? sentence.EndingBefore(cue.Index, PossessiveGap());
            if (seller is not null && sentence.After(Math.Max(end, seller.End), ToGap()) is { } buyer)
            {
                yield return new FoundRelation(seller, RelationKind.SoldWeaponsTo, buyer, cue);
            }
        }
    }

    // Cues. English words, none of them tied to an article; case is ignored so a cue may open a sentence.
    [GeneratedRegex(@"\b(?<cue>sold|sells?|selling)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Sold();

    [GeneratedRegex(@"\b(?<cue>(?<verb>purchas(?:e|es|ed|ing)|buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|import(?:s|ed|ing)?)\b[^,;:()–—]*?\bfrom)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Purchase();

    [GeneratedRegex(@"\b(?<cue>(?:weapons?|arms)\s+(?:sales|deliveries|exports|supplies))\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeaponTrade();

    [GeneratedRegex(@"\b(?:weapons?|weaponry|arms|armaments?|munitions?|ammunition|missiles?|rockets?|drones?|uavs?|tanks?|artillery|firearms|rifles|guns|howitzers|mortars|aircraft|jets|helicopters|warships|frigates|submarines|radars?|air defen[cs]e|military equipment|military hardware)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeaponWords();
}
