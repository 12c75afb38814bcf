using System.Text.RegularExpressions;
using ArticleReader.Ingestion.Entities.Gazetteer;
using static ArticleReader.Ingestion.Entities.NameLexicon;

namespace ArticleReader.Ingestion.Entities;

/// <summary>
/// Finds the names in one sentence: glossary aliases first (when there is a glossary), then runs of capitalized
/// words classified by the gazetteer and by cues in and around them.
/// </summary>
internal sealed partial class NameFinder(Gazetteer.Gazetteer gazetteer, GlossaryIndex glossary, ISet<string> lowerCaseWords)
{
    public IEnumerable<NameCandidate> Find(string source, TextSpan sentence)
    {
        var tokens = WordTokenizer.Tokenize(source, sentence);
        var used = new bool[tokens.Count];
        var found = new List<NameCandidate>();

        for (var i = 0; i < tokens.Count; i++)
        {
            if (glossary.MatchAt(source, tokens, i) is { } match)
            {
                var span = new TextSpan(tokens[i].Start, tokens[match.LastToken].End);
                found.Add(new NameCandidate(span, span.Slice(source), match.Entry.Type, MentionEvidence.Glossary,
                    Role: match.Entry.Type == EntityType.Person ? RoleBefore(source, tokens, i) : null,
                    Place: gazetteer.TryFindPlace(match.Entry.Name, out var place) ? place : null,
                    Entry: match.Entry,
                    Locative: IsLocative(source, tokens, i)));
                Array.Fill(used, true, i, match.LastToken - i + 1);
                i = match.LastToken;
            }
        }

        found.AddRange(YearEvents(source, tokens, used));
        found.AddRange(CompoundPlaces(source, tokens, used));

        var start = 0;
        while (start < tokens.Count)
        {
            if (used[start] || !StartsName(source, tokens, start))
            {
                start++;
                continue;
            }

            var end = ExtendName(source, tokens, used, start);
            found.AddRange(Classify(source, tokens, start, end));
            start = end + 1;
        }

        return found.OrderBy(c => c.Span.Start);
    }

    /// <summary>"2011 revolution", "1994 ceasefire agreements", "2015 Declaration of Principles": a year that names an event.</summary>
    private static IEnumerable<NameCandidate> YearEvents(string source, List<WordToken> tokens, bool[] used)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (used[i] || !Year().IsMatch(tokens[i].Text(source)) || !Adjacent(source, tokens[i], tokens[i + 1]))
            {
                continue;
            }

            var last = i + 1;
            while (last + 1 < tokens.Count && !used[last + 1] && Adjacent(source, tokens[last], tokens[last + 1])
                && (tokens[last + 1].IsCapitalized(source) || NameConnectors.Contains(tokens[last + 1].Text(source)) || EventWords.Contains(tokens[last + 1].Text(source))))
            {
                last++;
            }

            while (last > i && !EventWords.Contains(tokens[last].Text(source).ToLowerInvariant()) && !(tokens[last].IsCapitalized(source) && Enumerable.Range(i + 1, last - i).Any(k => EventWords.Contains(tokens[k].Text(source).ToLowerInvariant()))))
            {
                last--;
            }

            if (last == i || Enumerable.Range(i + 1, last - i).Any(k => used[k]))
            {
                continue;
            }

            Array.Fill(used, true, i, last - i + 1);
            var span = new TextSpan(tokens[i].Start, tokens[last].End);
            yield return new NameCandidate(span, span.Slice(source), EntityType.Event, MentionEvidence.Cue);
            i = last;
        }
    }

    /// <summary>"anti-Israeli", "pro-Russian": the country inside a lower-case compound.</summary>
    private IEnumerable<NameCandidate> CompoundPlaces(string source, List<WordToken> tokens, bool[] used)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var text = tokens[i].Text(source);
            var hyphen = text.LastIndexOf('-');
            if (used[i] || char.IsUpper(text[0]) || hyphen <= 0 || hyphen + 1 >= text.Length || !char.IsUpper(text[hyphen + 1]))
            {
                continue;
            }

            var name = text.AsSpan(hyphen + 1);
            var isDemonym = gazetteer.TryFindDemonym(name, out var country);
            if (isDemonym || gazetteer.TryFindPlace(name, out country))
            {
                used[i] = true;
                var span = new TextSpan(tokens[i].Start + hyphen + 1, tokens[i].End);
                yield return new NameCandidate(span, span.Slice(source), EntityType.Place, MentionEvidence.Gazetteer, Place: country, IsDemonym: isDemonym);
            }
        }
    }

    private bool StartsName(string source, List<WordToken> tokens, int i)
    {
        var token = tokens[i];
        var text = token.Text(source);
        if (!token.IsCapitalized(source) || text.Length < 2 || IsAny(text, CalendarWords, NumberWords))
        {
            return false;
        }

        // A capitalized word at the start of a sentence is a name only if the article never writes it in lower case.
        var lower = text.ToLowerInvariant();
        if (token.SentenceStart && (FunctionWords.Contains(lower) || lowerCaseWords.Contains(lower)))
        {
            return gazetteer.TryFindPlace(text, out _) || gazetteer.TryFindDemonym(text, out _);
        }

        return !FunctionWords.Contains(lower) || token.IsAcronym(source) || (text == "The" && !token.SentenceStart);
    }

    private int ExtendName(string source, List<WordToken> tokens, bool[] used, int start)
    {
        var end = start;
        while (end + 1 < tokens.Count && !used[end + 1] && Adjacent(source, tokens[end], tokens[end + 1]))
        {
            var next = tokens[end + 1];
            var nextText = next.Text(source);
            if ((next.IsCapitalized(source) && !IsAny(nextText, CalendarWords, NumberWords)) || IsParticleName(nextText) || IsModelNumber(source, tokens, end + 1))
            {
                end++;
                continue;
            }

            // "Center for Strategic Studies", "Central and Western Europe", "Bureau of Industry and Security":
            // a small word between capitalized words.
            var joins = NameConnectors.Contains(nextText)
                || (nextText == "and" && end == start && DirectionWords.Contains(tokens[start].Text(source).ToLowerInvariant()))
                || (nextText == "and" && Enumerable.Range(start, end - start + 1).Any(i => tokens[i].Text(source) is "of" or "for"));
            if (joins && end + 2 < tokens.Count && !used[end + 2] && Adjacent(source, next, tokens[end + 2]) && tokens[end + 2].IsCapitalized(source))
            {
                end += 2;
                continue;
            }

            break;
        }

        return end;
    }

    private IEnumerable<NameCandidate> Classify(string source, List<WordToken> tokens, int start, int end)
    {
        var words = tokens[start..(end + 1)].Select(t => t.Text(source)).ToList();
        var span = new TextSpan(tokens[start].Start, tokens[end].End);
        var text = span.Slice(source);
        var lowerWords = words.Select(w => w.ToLowerInvariant()).ToList();

        if (words.Count > 1 && NameConnectors.Contains(lowerWords[^1]))
        {
            return Classify(source, tokens, start, end - 1);
        }

        // Titles are the role, not the name: "Brig. Gen. Houssein Dehqan", "Ayatollah Ali Khamenei".
        var hasInstitutionWord = lowerWords.Any(OrganizationWords.Contains);
        if (!hasInstitutionWord && TitleWords.Contains(lowerWords[0]))
        {
            return words.Count == 1 ? [] : Classify(source, tokens, start + 1, end);
        }

        if (gazetteer.TryFindPlace(text, out var place))
        {
            return [Candidate(EntityType.Place, MentionEvidence.Gazetteer, place: place, locative: IsLocative(source, tokens, start))];
        }

        if (lowerWords.All(GroupWords.Contains))
        {
            return [];
        }

        // "Kenji Arai of Keio University": a person or place of an institution, not one name.
        var connectorAt = lowerWords.FindIndex(w => w is "of" or "for");
        if (connectorAt > 0 && !lowerWords[..connectorAt].Any(w => OrganizationWords.Contains(w) || EventWords.Contains(w) || PlaceWords.Contains(w) || DirectionWords.Contains(w)))
        {
            var before = Classify(source, tokens, start, start + connectorAt - 1).ToList();
            if (before.Any(c => c.Type is EntityType.Person or EntityType.Place))
            {
                return [.. before, .. Classify(source, tokens, start + connectorAt + 1, end)];
            }
        }

        if (hasInstitutionWord)
        {
            return [Candidate(EntityType.Org, MentionEvidence.Cue)];
        }

        if (EventAfter(source, tokens, start, end) is { } eventEnd)
        {
            var eventSpan = new TextSpan(span.Start, tokens[eventEnd].End);
            return [new NameCandidate(eventSpan, eventSpan.Slice(source), EntityType.Event, MentionEvidence.Cue)];
        }

        if (EventWords.Contains(lowerWords[^1]) && words.Count > 1)
        {
            return [Candidate(EntityType.Event, MentionEvidence.Cue)];
        }

        if (IsProduct(source, tokens, start, end))
        {
            return [Candidate(EntityType.Product, MentionEvidence.Cue)];
        }

        if (words.Count > 1 && (DirectionWords.Contains(lowerWords[0]) || PlaceWords.Contains(lowerWords[^1]) || LeadingPlaceWords.Contains(lowerWords[0])))
        {
            return [Candidate(EntityType.Place, MentionEvidence.Cue)];
        }

        var connector = words.Count > 2 ? lowerWords.FindIndex(1, words.Count - 2, w => NameConnectors.Contains(w) || w == "and") : -1;
        if (connector > 0)
        {
            // A small word joined words that are not one institution or region: read the parts on their own.
            return [.. Classify(source, tokens, start, start + connector - 1), .. Classify(source, tokens, start + connector + 1, end)];
        }

        if (gazetteer.TryFindDemonym(words[0], out var country) && !IsPluralDemonym(words[0]))
        {
            var demonym = new NameCandidate(tokens[start].Span, words[0], EntityType.Place, MentionEvidence.Gazetteer, Place: country, IsDemonym: true);
            return words.Count == 1 ? [demonym] : [demonym, .. Classify(source, tokens, start + 1, end)];
        }

        if (words.Count > 1 && SplitAtPlace(source, tokens, start, end) is { } parts)
        {
            return parts;
        }

        if (words.Count == 1 && HyphenatedPlace(source, tokens[start]) is { } prefixed)
        {
            return [prefixed];
        }

        if (words.Count == 1 && tokens[start].IsAcronym(source))
        {
            return words[0].EndsWith('s') ? [] : [Candidate(EntityType.Org, MentionEvidence.Shape)];
        }

        var role = RoleBefore(source, tokens, start);
        if (words.Count > 1)
        {
            return words.Count <= 4 && words.All(IsNameWord)
                ? [Candidate(EntityType.Person, role is null ? MentionEvidence.Shape : MentionEvidence.Cue, role)]
                : [];
        }

        if (!IsNameWord(words[0]) || IsPluralDemonym(words[0]) || IsAny(words[0], OrganizationWords, EventWords, PlaceWords, DirectionWords))
        {
            return [];
        }

        if (role is not null || (end + 1 < tokens.Count && PersonVerbs.Contains(tokens[end + 1].Text(source))))
        {
            return [Candidate(EntityType.Person, MentionEvidence.Cue, role)];
        }

        if (IsLocative(source, tokens, start, strict: true))
        {
            return [Candidate(EntityType.Place, MentionEvidence.Cue)];
        }

        // A lone unknown word: only another mention (a full name it shortens) can say what it is.
        return [Candidate(null, MentionEvidence.Coreference)];

        NameCandidate Candidate(EntityType? type, MentionEvidence evidence, string? role = null, GazetteerPlace? place = null, bool locative = false) =>
            new(span, text, type, evidence, role, place, Locative: locative);
    }

    /// <summary>"Russo-Georgian war", "Russo – Georgian war": a capitalized name followed by an event noun.</summary>
    private static int? EventAfter(string source, List<WordToken> tokens, int start, int end)
    {
        var next = end + 1;
        if (next + 1 < tokens.Count && IsDash(source, tokens[end], tokens[next]) && tokens[next].IsCapitalized(source))
        {
            next++;
        }

        return next < tokens.Count && EventWords.Contains(tokens[next].Text(source)) && Adjacent(source, tokens[next - 1], tokens[next])
            && (next > end + 1 || tokens[start].Text(source).Contains('-', StringComparison.Ordinal) || end > start)
            ? next
            : null;
    }

    private static bool IsProduct(string source, List<WordToken> tokens, int start, int end)
    {
        if (start != end)
        {
            // "Mate 60 Pro", "Ascend 910B": a name with a model number.
            return Enumerable.Range(start + 1, end - start).Any(i => char.IsDigit(source[tokens[i].Start]));
        }

        var token = tokens[start];
        var text = token.Text(source);
        if (ProductCode().IsMatch(text))
        {
            return true;
        }

        var shaped = token.IsAcronym(source) || (text.Contains('-', StringComparison.Ordinal) && text.Any(char.IsDigit));
        if (!shaped)
        {
            return false;
        }

        var followedByProductNoun = tokens.Skip(end + 1).Take(3).Any(t => ProductWords.Contains(t.Text(source).ToLowerInvariant()));
        var afterMade = start > 0 && tokens[start - 1].Text(source) is "made" or "built" or "produced";
        var listedWithProducts = tokens.Skip(Math.Max(0, start - 2)).Take(start - Math.Max(0, start - 2)).Any(t => ProductWords.Contains(t.Text(source).ToLowerInvariant()));
        return followedByProductNoun || afterMade || (listedWithProducts && text.EndsWith('s'));
    }

    private List<NameCandidate>? SplitAtPlace(string source, List<WordToken> tokens, int start, int end)
    {
        for (var i = start; i <= end; i++)
        {
            var length = gazetteer.LongestPlaceAt(source.AsSpan(0, tokens[end].End), tokens[i].Start, out var place);
            if (length <= 0 || place is null)
            {
                continue;
            }

            var last = i;
            while (last < end && tokens[last].End < tokens[i].Start + length)
            {
                last++;
            }

            if (tokens[last].End != tokens[i].Start + length)
            {
                continue;
            }

            var span = new TextSpan(tokens[i].Start, tokens[last].End);
            var parts = new List<NameCandidate>();
            if (i > start)
            {
                parts.AddRange(Classify(source, tokens, start, i - 1));
            }

            parts.Add(new NameCandidate(span, span.Slice(source), EntityType.Place, MentionEvidence.Gazetteer, Place: place, Locative: IsLocative(source, tokens, i)));
            if (last < end)
            {
                parts.AddRange(Classify(source, tokens, last + 1, end));
            }

            return parts;
        }

        return null;
    }

    /// <summary>"Moscow-centered": the place before a hyphenated lower-case word.</summary>
    private NameCandidate? HyphenatedPlace(string source, WordToken token)
    {
        var text = token.Text(source);
        var hyphen = text.IndexOf('-', StringComparison.Ordinal);
        if (hyphen <= 0 || hyphen + 1 >= text.Length || !char.IsLower(text[hyphen + 1]) || !gazetteer.TryFindPlace(text.AsSpan(0, hyphen), out var place))
        {
            return null;
        }

        var span = new TextSpan(token.Start, token.Start + hyphen);
        return new NameCandidate(span, span.Slice(source), EntityType.Place, MentionEvidence.Gazetteer, Place: place);
    }

    /// <summary>Titles and roles right before a name: <c>president</c>, <c>defense minister, Brig. Gen.</c>, <c>Dr.des.</c></summary>
    private static string? RoleBefore(string source, List<WordToken> tokens, int nameStart)
    {
        var first = nameStart;
        while (first > 0 && TitleWords.Contains(tokens[first - 1].Text(source).ToLowerInvariant()) && !Gap(source, tokens[first - 1], tokens[first]).ContainsAnyExcept(" .,\u00A0"))
        {
            first--;
        }

        if (first == nameStart)
        {
            return null;
        }

        return source[tokens[first].Start..tokens[nameStart].Start].TrimEnd(' ', ',', '\u00A0');
    }

    /// <summary>"al-Burhan", "bin-Salman": a lower-case particle joined to a capitalized name.</summary>
    private static bool IsParticleName(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && NameParticles.Contains(word[..hyphen].ToLowerInvariant());
    }

    /// <summary>A model number after a product name: "60" in "Mate 60 Pro", "910B" in "Ascend 910B"; never a year.</summary>
    private static bool IsModelNumber(string source, List<WordToken> tokens, int index)
    {
        var text = tokens[index].Text(source);
        var previous = tokens[index - 1].Text(source);
        return char.IsDigit(text[0]) && !Year().IsMatch(text) && char.IsUpper(previous[0]) && !IsAny(previous, CalendarWords, NumberWords)
            && !previous.Any(char.IsDigit) && (text.Any(char.IsLetter) || (index + 1 < tokens.Count && tokens[index + 1].IsCapitalized(source)));
    }

    private static bool IsLocative(string source, List<WordToken> tokens, int index, bool strict = false)
    {
        if (index == 0)
        {
            return false;
        }

        var previous = tokens[index - 1].Text(source).ToLowerInvariant();
        if (LocativePreposition(previous) || previous is "visited" or "visiting")
        {
            return true;
        }

        if (strict)
        {
            // "on the Caucasus", "in the Ukraine"
            return previous == "the" && index > 1 && (LocativePreposition(tokens[index - 2].Text(source)) || tokens[index - 2].Text(source) is "on" or "over");
        }

        // "the visit of Shimon Peres to Baku": "to" after a visit is a destination; "sold to Baku" is an actor.
        return previous == "to" && tokens.Skip(Math.Max(0, index - 7)).Take(Math.Min(index, 7)).Any(t => t.Text(source).StartsWith("visit", StringComparison.OrdinalIgnoreCase) || t.Text(source) is "trip" or "travelled" or "traveled" or "flew" or "came");
    }

    private static bool LocativePreposition(string word) => LocativePrepositions.Contains(word.ToLowerInvariant());

    private bool IsPluralDemonym(string word) =>
        word.EndsWith('s') && gazetteer.TryFindDemonym(word.AsSpan(0, word.Length - 1), out _);

    private static bool IsNameWord(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower) && !word.Any(char.IsDigit);

    private static bool IsAny(string word, params IEnumerable<ISet<string>> sets)
    {
        var lower = word.ToLowerInvariant().TrimEnd('.');
        return sets.Any(s => s.Contains(lower));
    }

    private static ReadOnlySpan<char> Gap(string source, WordToken left, WordToken right) => source.AsSpan(left.End, right.Start - left.End);

    private static bool Adjacent(string source, WordToken left, WordToken right)
    {
        var gap = Gap(source, left, right);
        return gap.Length > 0 && gap.Length <= 2 && !gap.ContainsAnyExcept(' ', '\u00A0');
    }

    private static bool IsDash(string source, WordToken left, WordToken right) =>
        Gap(source, left, right).Trim() is [var c] && c is '-' or '\u2013' or '\u2014';

    [GeneratedRegex(@"^[A-Z]{1,4}[0-9]+[A-Za-z0-9]*$|^[A-Z]+:[0-9]+[a-z]*$")]
    private static partial Regex ProductCode();

    [GeneratedRegex(@"^(1[89]|20)[0-9]{2}$")]
    private static partial Regex Year();
}
