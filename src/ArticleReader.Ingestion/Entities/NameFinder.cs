using ArticleReader.Ingestion.Entities.Cues;
using ArticleReader.Ingestion.Entities.Tagging;
using ArticleReader.Ingestion.Text;

namespace ArticleReader.Ingestion.Entities;

/// <summary>
/// Turns one sentence's names into candidates: glossary aliases first (when there is a glossary), then the trained
/// tagger's names, typed for a reader (a demonym is a group tied to its country, MISC names are split into events,
/// products and other names) and looked up in the gazetteer.
/// </summary>
internal sealed class NameFinder(Gazetteer.Gazetteer gazetteer, GlossaryIndex glossary)
{
    public IEnumerable<NameCandidate> Find(string source, TextSpan sentence, IReadOnlyList<TextSpan> tokens, IReadOnlyList<TaggedSpan> tagged)
    {
        var found = GlossaryNames(source, sentence, tokens);
        var glossaryMatches = found.Select(c => c.Span).ToList();
        foreach (var name in tagged)
        {
            var (start, end) = Trimmed(source, tokens, name);
            if (start == end)
            {
                continue;
            }

            var span = new TextSpan(tokens[start].Start, tokens[end - 1].End);

            // "anti-Israeli", "post-Soviet": a lower-case compound is no name; only a country or people inside it is.
            if (char.IsLower(source[span.Start]))
            {
                if (CompoundPart(source, span) is { } part && !glossaryMatches.Any(g => g.Overlaps(part.Span)))
                {
                    found.Add(part);
                }

                continue;
            }

            if (!glossaryMatches.Any(g => g.Overlaps(span)) && Candidate(source, tokens, start, end, span, name.Type) is { } candidate)
            {
                found.Add(candidate);
            }
        }

        return found.OrderBy(c => c.Span.Start);
    }

    /// <summary>The glossary's aliases written in the sentence, the longest from each word.</summary>
    private List<NameCandidate> GlossaryNames(string source, TextSpan sentence, IReadOnlyList<TextSpan> tokens)
    {
        var words = Tokenizer.Words(source, sentence);
        var found = new List<NameCandidate>();
        for (var i = 0; i < words.Count; i++)
        {
            if (glossary.MatchAt(source, words, i) is { } match)
            {
                var span = new TextSpan(words[i].Start, words[match.LastToken].End);
                var first = IndexAt(tokens, span.Start);
                // "French" as an alias of France: a people tied to the country, not the place.
                var isDemonym = match.Entry.Type == EntityType.Place && gazetteer.TryFindDemonym(span.Slice(source), out _);
                found.Add(new NameCandidate(span, span.Slice(source), isDemonym ? EntityType.Group : match.Entry.Type, MentionEvidence.Glossary,
                    IsDemonym: isDemonym,
                    Role: match.Entry.Type == EntityType.Person ? RoleBefore(source, tokens, first) : null,
                    Place: gazetteer.TryFindPlace(match.Entry.Name, out var place) ? place : null,
                    Entry: match.Entry,
                    Locative: IsLocative(source, tokens, first)));
                i = match.LastToken;
            }
        }

        return found;
    }

    /// <summary>The tokens of a tagged name without the punctuation and title around it, and with a place's "The".</summary>
    private (int Start, int End) Trimmed(string source, IReadOnlyList<TextSpan> tokens, TaggedSpan name)
    {
        var (start, end) = (name.Start, name.End);

        // A name neither opens nor closes with punctuation (a closing quote the tagger took in).
        while (start < end && !IsWord(source, tokens[start]))
        {
            start++;
        }

        while (end > start && !IsWord(source, tokens[end - 1]))
        {
            end--;
        }

        // "President Clinton" when the tagger takes the title in: the title is the role, and a title alone names no
        // one. Organizations keep theirs ("General Motors", "National Guard").
        while (start < end && (name.Type == "PER" || end - start == 1) && NameCues.Titles.Contains(Lower(source, tokens[start])))
        {
            start++;
        }

        // "The Hague": the article belongs to a place name the gazetteer knows with it.
        if (start > 0 && tokens[start - 1].Slice(source) == "The"
            && gazetteer.TryFindPlace(source.AsSpan(tokens[start - 1].Start, tokens[end - 1].End - tokens[start - 1].Start), out _))
        {
            start--;
        }

        return (start, end);
    }

    private NameCandidate? Candidate(string source, IReadOnlyList<TextSpan> tokens, int start, int end, TextSpan span, string type)
    {
        var text = span.Slice(source);
        var locative = IsLocative(source, tokens, start);

        // A place the gazetteer knows is that place; a country stays one even where the tagger took it for an actor
        // ("Turkey" as an organization), but a team or firm named after a town stays an organization.
        if (gazetteer.TryFindPlace(text, out var place) && (type == "LOC" || (type == "ORG" && place.Kind == Gazetteer.GazetteerPlaceKind.Country)))
        {
            return new NameCandidate(span, text, EntityType.Place, MentionEvidence.Gazetteer, Place: place, Locative: locative);
        }

        if (Demonym(text) is { } country)
        {
            return new NameCandidate(span, text, EntityType.Group, MentionEvidence.Gazetteer, Place: country, IsDemonym: true);
        }

        // "Twinscan NXT:2000i", "Kirin 9000S": a model number makes a name a product, whoever makes it.
        if (type is "ORG" or "MISC" && HasModelNumber(source, tokens, start, end))
        {
            return new NameCandidate(span, text, EntityType.Product, MentionEvidence.Model);
        }

        return type switch
        {
            "PER" => new NameCandidate(span, text, EntityType.Person, MentionEvidence.Model, Role: RoleBefore(source, tokens, start)),
            "ORG" when NameCues.NotNames.Contains(text) => null,
            "ORG" => new NameCandidate(span, text, EntityType.Org, MentionEvidence.Model),
            "LOC" => new NameCandidate(span, text, EntityType.Place, MentionEvidence.Model, Locative: locative),
            _ => new NameCandidate(span, text, MiscType(source, tokens, start, end), MentionEvidence.Model),
        };
    }

    /// <summary>The place or people after the last hyphen of a lower-case compound, if the gazetteer knows it.</summary>
    private NameCandidate? CompoundPart(string source, TextSpan span)
    {
        var hyphen = source.LastIndexOf('-', span.End - 1, span.Length);
        if (hyphen < 0 || hyphen + 1 >= span.End)
        {
            return null;
        }

        var part = new TextSpan(hyphen + 1, span.End);
        var text = part.Slice(source);
        if (Demonym(text) is { } country)
        {
            return new NameCandidate(part, text, EntityType.Group, MentionEvidence.Gazetteer, Place: country, IsDemonym: true);
        }

        return gazetteer.TryFindPlace(text, out var place) ? new NameCandidate(part, text, EntityType.Place, MentionEvidence.Gazetteer, Place: place) : null;
    }

    /// <summary>The country of a demonym, singular or plural ("Russian", "Russians"), or null.</summary>
    private Gazetteer.GazetteerPlace? Demonym(string text)
    {
        if (gazetteer.TryFindDemonym(text, out var country))
        {
            return country;
        }

        return text.Length > 3 && text[^1] == 's' && gazetteer.TryFindDemonym(text.AsSpan(0, text.Length - 1), out country) ? country : null;
    }

    /// <summary>What a name of no person, organization or place is: an event, a product, or another name (a work, a language, a law).</summary>
    private static EntityType MiscType(string source, IReadOnlyList<TextSpan> tokens, int start, int end)
    {
        var lower = Enumerable.Range(start, end - start).Select(i => Lower(source, tokens[i])).ToList();
        if (lower.Any(NameCues.EventWords.Contains))
        {
            return EntityType.Event;
        }

        var beforeProductNoun = end < tokens.Count && NameCues.ProductWords.Contains(Lower(source, tokens[end]));
        return beforeProductNoun ? EntityType.Product : EntityType.Other;
    }

    /// <summary>A token after the first that mixes letters and digits ("910B", "NXT:2100i"), or a lone code of both ("H800").</summary>
    private static bool HasModelNumber(string source, IReadOnlyList<TextSpan> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var word = tokens[i].Slice(source);
            if ((i > start || end - start == 1) && word.Any(char.IsDigit) && word.Any(char.IsLetter))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWord(string source, TextSpan token) => source.AsSpan(token.Start, token.Length).ContainsAnyExcept(Punctuation);

    /// <summary>Titles and roles right before a name: <c>president</c>, <c>Brig. Gen.</c></summary>
    private static string? RoleBefore(string source, IReadOnlyList<TextSpan> tokens, int nameStart)
    {
        var first = nameStart;
        while (first > 0)
        {
            var previous = tokens[first - 1].Slice(source);
            var isTitle = NameCues.Titles.Contains(Lower(source, tokens[first - 1]));
            // "Brig. Gen.", "defense minister, Brig. Gen.": an abbreviation's dot or a comma between titles.
            var isBetweenTitles = previous is "." or "," && first > 1 && NameCues.Titles.Contains(Lower(source, tokens[first - 2]));
            if (!isTitle && !isBetweenTitles)
            {
                break;
            }

            first--;
        }

        return first == nameStart ? null : source[tokens[first].Start..tokens[nameStart].Start].TrimEnd(' ', ',', '\u00A0');
    }

    /// <summary>Tokens before "to" in which a word of travel makes it a destination ("the visit of the minister to Paris").</summary>
    private const int TravelWindow = 7;

    private static bool IsLocative(string source, IReadOnlyList<TextSpan> tokens, int index)
    {
        if (index == 0)
        {
            return false;
        }

        var previous = Lower(source, tokens[index - 1]);
        if (NameCues.LocativeWords.Contains(previous)
            || (index > 1 && previous == "the" && NameCues.LocativeWords.Contains(Lower(source, tokens[index - 2]))))
        {
            return true;
        }

        // "sold to Paris" is an actor; "the visit of the minister to Paris" a destination.
        return previous == "to" && Enumerable.Range(Math.Max(0, index - 1 - TravelWindow), Math.Min(index - 1, TravelWindow))
            .Any(i => NameCues.TravelWords.Contains(Lower(source, tokens[i])));
    }

    private static readonly System.Buffers.SearchValues<char> Punctuation = System.Buffers.SearchValues.Create("\"'“”‘’«»()[]{},;:.!?-–—/");

    private static string Lower(string source, TextSpan token) => token.Slice(source).ToLowerInvariant().TrimEnd('.');

    private static int IndexAt(IReadOnlyList<TextSpan> tokens, int position)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].End > position)
            {
                return i;
            }
        }

        return tokens.Count;
    }
}
