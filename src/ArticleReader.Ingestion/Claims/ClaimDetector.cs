using System.Text.RegularExpressions;
using ArticleReader.Ingestion.Embeddings;
using ArticleReader.Ingestion.Entities;
using static ArticleReader.Ingestion.Claims.ClaimCues;

namespace ArticleReader.Ingestion.Claims;

/// <summary>
/// Decides for each sentence whether it makes a check-worthy factual claim, and if so of what kind, how hedged,
/// and on whose word. The score weighs evidence of checkable fact (dates, numbers, named actors, event and
/// reporting verbs, relations) against marks of opinion and analysis (modals, judgement words, questions).
/// </summary>
public sealed partial class ClaimDetector
{
    public const double Threshold = 0.5;

    /// <param name="sentences">The sentences to judge, each with whether it belongs to the authors' biographies.</param>
    /// <param name="encodings">The encoder's vectors of each sentence, in the order of <paramref name="sentences"/>.</param>
    public IReadOnlyList<Claim> Detect(string source, IReadOnlyList<(TextSpan Span, bool Biography)> sentences, EntityExtraction entities, IReadOnlyList<EncodedSentence> encodings)
    {
        var mentions = entities.Mentions.OrderBy(m => m.Span.Start).ToList();
        var claims = new List<Claim>();
        var repeats = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 0;
        foreach (var (span, biography) in sentences.OrderBy(s => s.Span.Start))
        {
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

            var continuesClaim = claims.Count > 0 && claims[^1].Span.End <= span.Start && SameParagraph(source, claims[^1].Span, span);
            if (Judge(source, span, biography, inSentence, continuesClaim) is { } claim)
            {
                // The same sentence twice in one article still needs two keys: a repeat hashes with its count.
                var repeat = repeats[claim.Key] = repeats.GetValueOrDefault(claim.Key) + 1;
                claims.Add(repeat == 1 ? claim : claim with { Key = ClaimKey.For($"{claim.Text} {repeat}") });
            }
        }

        return claims;
    }

    /// <param name="continuesClaim">The sentence right before, in the same paragraph, is a claim.</param>
    private static Claim? Judge(string source, TextSpan span, bool biography, List<Mention> mentions, bool continuesClaim)
    {
        var text = span.Slice(source);
        var lower = " " + TextNormalizer.ForComparison(text) + " ";
        var words = Words().Matches(lower).Select(m => m.Value).ToList();

        var names = mentions.Where(m => m.Type is not (EntityType.Date or EntityType.Quantity)).ToList();
        var dates = mentions.Where(m => m.Type == EntityType.Date).ToList();
        var quantities = mentions.Where(m => m.Type == EntityType.Quantity).ToList();
        var hedges = Hedges(source, span);
        var attribution = AttributionOf(source, span, lower, words, names);
        var eventVerb = words.Any(w => EventVerbs.Contains(w) && !ReportingVerbs.Contains(w));
        var relation = RelationPhrases.Any(p => lower.Contains(p, StringComparison.Ordinal));
        var distinctNames = names.Select(n => n.EntityKey).Distinct().Count();

        // Evidence of checkable fact raises the score; marks of judgement lower it, less so when the
        // judgement is attributed to someone (a reported opinion is itself a checkable claim).
        var opinionWeight = attribution is null ? 0.12 : 0.05;
        // Names alone make a sentence about someone, not yet a checkable claim.
        var evidence = dates.Count > 0 || quantities.Count > 0 || eventVerb || attribution is not null || relation || biography || hedges.Count > 0;
        var score = 0.2;
        score += dates.Count > 0 ? 0.3 : 0;
        score += quantities.Count > 0 ? 0.25 : 0;
        score += Math.Min(distinctNames, evidence ? 3 : 2) * 0.1;
        score += eventVerb ? 0.25 : 0;
        score += attribution is not null ? 0.3 : 0;
        score += relation ? 0.25 : 0;
        score += biography ? 0.45 : 0;
        score += hedges.Count > 0 ? 0.1 : 0;
        score -= Math.Min(words.Count(OpinionWords.Contains), 3) * opinionWeight;
        score -= AnalysisOpeners.Any(p => lower.Contains(p, StringComparison.Ordinal)) ? 0.3 : 0;
        score -= text.TrimEnd().EndsWith('?') ? 0.6 : 0;
        score -= distinctNames == 0 && dates.Count == 0 && quantities.Count == 0 && !continuesClaim ? 0.25 : 0;

        // "Presumably in the form of weapon sales.": a hedged or eventful sentence that goes on with the claim before it.
        score += continuesClaim && (hedges.Count > 0 || eventVerb) ? 0.2 : 0;
        score = Math.Clamp(score, 0, 1);

        if (score < Threshold)
        {
            return null;
        }

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
            Math.Round(score, 2),
            hedges,
            attribution,
            [.. names.Select(n => n.EntityKey).Distinct()],
            [.. dates.Select(d => d.Value ?? d.Text).Distinct()]);
    }

    /// <summary>Paragraphs are separated by a blank line: two sentences with none between them share a paragraph.</summary>
    private static bool SameParagraph(string source, TextSpan before, TextSpan after)
    {
        var gap = source.AsSpan(before.End, after.Start - before.End);
        return gap.IndexOf('\n') == gap.LastIndexOf('\n') && !gap.Trim().ContainsAnyExcept(' ');
    }

    private static List<Hedge> Hedges(string source, TextSpan span)
    {
        var hedges = new List<Hedge>();
        foreach (Match match in HedgePhrase().Matches(source[span.Start..span.End]))
        {
            hedges.Add(new Hedge(match.Value, new TextSpan(span.Start + match.Index, span.Start + match.Index + match.Length)));
        }

        foreach (Match match in Words().Matches(source[span.Start..span.End]))
        {
            if (HedgeWords.Contains(match.Value.ToLowerInvariant()) && !hedges.Any(h => h.Span.Start <= span.Start + match.Index && span.Start + match.Index < h.Span.End))
            {
                var start = span.Start + match.Index;
                var end = start + match.Length;
                if (match.Value.Equals("unconfirmed", StringComparison.OrdinalIgnoreCase) && NextWord().Match(source, end) is { Success: true } next)
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

        foreach (Match verb in Words().Matches(source[span.Start..span.End]))
        {
            if (!ReportingVerbs.Contains(verb.Value.ToLowerInvariant()))
            {
                continue;
            }

            var verbStart = span.Start + verb.Index;
            var speaker = names.LastOrDefault(n => n.Span.End <= verbStart && n.Type is EntityType.Person or EntityType.Org);
            speaker ??= names.LastOrDefault(n => n.Span.End <= verbStart);
            if (speaker is not null)
            {
                var text = speaker.Role is { } role ? $"{role} {speaker.Text}" : speaker.Text;
                return new Attribution(text, speaker.Span, speaker.EntityKey);
            }
        }

        return null;
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}][\p{L}\p{Nd}'’\-]*")]
    private static partial Regex Words();

    [GeneratedRegex(@"\s*[\p{L}]+")]
    private static partial Regex NextWord();

    [GeneratedRegex(@"\b[Aa]ccording to (?<who>[^,;:()\.]+?)(?=\s*[,;:()\.]|\s+(?:only|just|some|about|around|over)\b|$)")]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"\b(?:[Aa]ccording to [^,;:()\.]+?(?=\s*[,;:()\.]|\s+(?:only|just|some|about|around|over)\b|$)|[Ii]t is (?:believed|said|reported|alleged|claimed)|is said to|sources (?:say|said)|may have|might have)")]
    private static partial Regex HedgePhrase();
}
