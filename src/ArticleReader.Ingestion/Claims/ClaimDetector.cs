using System.Text.RegularExpressions;
using ArticleReader.Ingestion.Embeddings;
using ArticleReader.Ingestion.Entities;
using ArticleReader.Ingestion.Text;
using static ArticleReader.Ingestion.Claims.ClaimCues;

namespace ArticleReader.Ingestion.Claims;

/// <summary>
/// Decides for each sentence whether it makes a check-worthy factual claim, and if so of what kind, how hedged,
/// and on whose word. Whether it is a claim, and how check-worthy, is the trained <see cref="ClaimSpotter"/>'s
/// calibrated probability, read from the sentence's encoder vectors and lexical cues; every sentence of the
/// authors' biographies is a claim (a fact about a person), and so is every hedged sentence. Kind, hedges and attribution are read from its words.
/// </summary>
public sealed partial class ClaimDetector(ClaimSpotter model)
{
    /// <summary>A detector with the model shipped beside the assemblies.</summary>
    /// <exception cref="Models.ModelFileException">The model file is missing or corrupt.</exception>
    public ClaimDetector()
        : this(ClaimSpotter.Default)
    {
    }

    /// <param name="sentences">The sentences to judge, each with whether it belongs to the authors' biographies.</param>
    /// <param name="encodings">The encoder's vectors of each sentence, in the order of <paramref name="sentences"/>.</param>
    public IReadOnlyList<Claim> Detect(string source, IReadOnlyList<(TextSpan Span, bool Biography)> sentences, EntityExtraction entities, IReadOnlyList<EncodedSentence> encodings)
    {
        var mentions = entities.Mentions.OrderBy(m => m.Span.Start).ToList();
        var claims = new List<Claim>();
        var repeats = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 0;
        foreach (var index in Enumerable.Range(0, sentences.Count).OrderBy(i => sentences[i].Span.Start))
        {
            var (span, biography) = sentences[index];

            // Sentences and mentions are both in text order: one pass pairs them.
            while (next < mentions.Count && mentions[next].Span.Start < span.Start)
            {
                next++;
            }

            var inSentence = new List<Mention>();
            for (var i = next; i < mentions.Count && mentions[i].Span.Start < span.End; i++)
            {
                if (span.Contains(mentions[i].Span))
                {
                    inSentence.Add(mentions[i]);
                }
            }

            var probability = model.Probability(ClaimFeatures.Of(source, span, encodings[index], model.Features));
            var hedges = Hedges(source, span);
            // A hedged assertion is still a claim: the hedge weakens what the sentence asserts, and a reader is
            // shown it (see the gold GUIDELINES.md).
            if (!biography && hedges.Count == 0 && probability < model.Threshold)
            {
                continue;
            }

            var claim = Describe(source, span, biography, inSentence, probability, hedges);
            // The same sentence twice in one article still needs two keys: a repeat hashes with its count.
            var repeat = repeats[claim.Key] = repeats.GetValueOrDefault(claim.Key) + 1;
            claims.Add(repeat == 1 ? claim : claim with { Key = ClaimKey.For($"{claim.Text} {repeat}") });
        }

        return claims;
    }

    /// <summary>The kind, hedges, attribution, entities and dates of a sentence judged a claim.</summary>
    private static Claim Describe(string source, TextSpan span, bool biography, List<Mention> mentions, double probability, List<Hedge> hedges)
    {
        var text = span.Slice(source);
        var lower = " " + TextNormalizer.ForComparison(text) + " ";
        var words = Tokenizer.Words(lower, WordRule.Cues).Select(w => w.Slice(lower)).ToList();

        var names = mentions.Where(m => m.Type is not (EntityType.Date or EntityType.Quantity)).ToList();
        var dates = mentions.Where(m => m.Type == EntityType.Date).ToList();
        var quantities = mentions.Where(m => m.Type == EntityType.Quantity).ToList();
        var attribution = AttributionOf(source, span, lower, words, names);
        var eventVerb = words.Any(w => EventVerbs.Contains(w) && !ReportingVerbs.Contains(w));
        var relation = RelationPhrases.Any(p => lower.Contains(p, StringComparison.Ordinal));

        // A statement someone makes is an attribution even when it reports an event; "according to X" only sources a figure.
        var kind = biography ? ClaimKind.Biography
            : attribution is not null && !AccordingTo().IsMatch(text) ? ClaimKind.Attribution
            : eventVerb || dates.Count > 0 ? ClaimKind.Event
            : quantities.Count > 0 ? ClaimKind.Quantity
            : relation ? ClaimKind.Relation
            : ClaimKind.Statement;

        return new Claim(
            ClaimKey.For(text),
            span,
            text,
            kind,
            Math.Round(probability, 2),
            hedges,
            attribution,
            [.. names.Select(n => n.EntityKey).Distinct()],
            [.. dates.Select(d => d.Value ?? d.Text).Distinct()]);
    }

    private static List<Hedge> Hedges(string source, TextSpan span)
    {
        var hedges = new List<Hedge>();
        foreach (Match match in HedgePhrase().Matches(source[span.Start..span.End]))
        {
            hedges.Add(new Hedge(match.Value, new TextSpan(span.Start + match.Index, span.Start + match.Index + match.Length)));
        }

        var position = span.Start;
        while (Tokenizer.NextWord(source, ref position, span.End, WordRule.Cues) is { } word)
        {
            var value = word.Slice(source);
            if (HedgeWords.Contains(value.ToLowerInvariant()) && !hedges.Any(h => h.Span.Start <= word.Start && word.Start < h.Span.End))
            {
                var start = word.Start;
                var end = word.End;
                if (value.Equals("unconfirmed", StringComparison.OrdinalIgnoreCase) && NextWord().Match(source, end) is { Success: true } next)
                {
                    end = next.Index + next.Length;
                }

                hedges.Add(new Hedge(source[start..end], new TextSpan(start, end)));
            }
        }

        return [.. hedges.OrderBy(h => h.Span.Start)];
    }

    /// <summary>"according to X" names X; otherwise the actor named just before a reporting verb.</summary>
    private static Attribution? AttributionOf(string source, TextSpan span, string lower, List<string> words, List<Mention> names)
    {
        var according = AccordingTo().Match(source, span.Start, span.Length);
        if (according.Success)
        {
            var who = according.Groups["who"];
            var entity = names.FirstOrDefault(n => n.Span.Start >= who.Index && n.Span.End <= who.Index + who.Length);
            return new Attribution(who.Value, new TextSpan(who.Index, who.Index + who.Length), entity?.EntityKey);
        }

        foreach (var phrase in AttributedViewPhrases)
        {
            var at = lower.IndexOf(phrase, StringComparison.Ordinal);
            var holder = at < 0 ? null : names.FirstOrDefault(n => n.Span.Start >= span.Start + at - 1);
            if (holder is not null)
            {
                return new Attribution(holder.Text, holder.Span, holder.EntityKey);
            }
        }

        if (!words.Any(ReportingVerbs.Contains) || lower.Contains(" reportedly ", StringComparison.Ordinal))
        {
            return null;
        }

        var position = span.Start;
        while (Tokenizer.NextWord(source, ref position, span.End, WordRule.Cues) is { } verb)
        {
            if (!ReportingVerbs.Contains(verb.Slice(source).ToLowerInvariant()))
            {
                continue;
            }

            var verbStart = verb.Start;
            var speaker = names.LastOrDefault(n => n.Span.End <= verbStart && n.Type is EntityType.Person or EntityType.Org);
            speaker ??= names.LastOrDefault(n => n.Span.End <= verbStart);
            if (speaker is not null)
            {
                // "president Aliyev": the title written just before the name belongs to the attribution and to its span.
                var start = speaker.Role is { } role && RoleBefore(source, span, speaker.Span.Start, role) is { } roleStart ? roleStart : speaker.Span.Start;
                var who = new TextSpan(start, speaker.Span.End);
                return new Attribution(who.Slice(source), who, speaker.EntityKey);
            }
        }

        return null;
    }

    /// <summary>Where <paramref name="role"/> is written right before <paramref name="nameStart"/> in the sentence, if it is.</summary>
    private static int? RoleBefore(string source, TextSpan sentence, int nameStart, string role)
    {
        var end = nameStart;
        while (end > sentence.Start && source[end - 1] == ' ')
        {
            end--;
        }

        var start = end - role.Length;
        var written = start >= sentence.Start && end < nameStart && source.AsSpan(start, role.Length).Equals(role, StringComparison.OrdinalIgnoreCase);
        return written && (start == sentence.Start || !char.IsLetterOrDigit(source[start - 1])) ? start : null;
    }

    [GeneratedRegex(@"\s*[\p{L}]+")]
    private static partial Regex NextWord();

    [GeneratedRegex(@"\b[Aa]ccording to (?<who>[^,;:()\.]+?)(?=\s*[,;:()\.]|\s+(?:only|just|some|about|around|over)\b|$)")]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"\b(?:[Aa]ccording to [^,;:()\.]+?(?=\s*[,;:()\.]|\s+(?:only|just|some|about|around|over)\b|$)|[Ii]t is (?:believed|said|reported|alleged|claimed)|is said to|sources (?:say|said)|may have|might have)")]
    private static partial Regex HedgePhrase();
}
