using ArticleReader.Ingestion.Text;

namespace ArticleReader.Ingestion.Anchoring;

/// <summary>
/// Finds a reader's note again after the article's text has changed, the way W3C Web Annotation clients such as
/// Hypothesis do: offsets first, then the verbatim quote, then an approximate quote weighed against its context.
/// A note that cannot be placed with enough confidence is orphaned, never dropped.
/// </summary>
public sealed class TextAnchorer
{
    public AnchorResult Reanchor(string newSource, TextAnchor anchor, AnchoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(newSource);
        ArgumentNullException.ThrowIfNull(anchor);
        options ??= AnchoringOptions.Default;
        options.Validate();

        // White space occurs everywhere, so a blank quote could be "found" anywhere and would say nothing.
        var exact = anchor.Quote.Exact;
        if (string.IsNullOrWhiteSpace(exact))
        {
            return new AnchorResult(AnchorMatch.Orphaned, null, 0);
        }

        var search = new Search(newSource, anchor, options);
        var oldStart = anchor.Position.Start;
        if (oldStart >= 0 && oldStart <= newSource.Length - exact.Length && newSource.AsSpan(oldStart, exact.Length).SequenceEqual(exact))
        {
            return search.Place(AnchorMatch.ExactAtPosition, oldStart, oldStart + exact.Length, 0);
        }

        var occurrences = Occurrences(newSource, exact);
        var nearby = occurrences.Where(s => search.Offset(s) <= options.NearbyDistance).ToList();
        if (nearby.Count > 0)
        {
            var start = nearby.OrderByDescending(s => search.ContextSimilarity(s, s + exact.Length)).ThenBy(search.Offset).First();
            return search.Place(AnchorMatch.ExactNearby, start, start + exact.Length, 0);
        }

        if (occurrences.Count > 0)
        {
            var start = occurrences.OrderBy(search.Offset).ThenByDescending(s => search.ContextSimilarity(s, s + exact.Length)).First();
            return search.Place(AnchorMatch.ExactElsewhere, start, start + exact.Length, 0);
        }

        return search.Approximate();
    }

    private static List<int> Occurrences(string source, string exact)
    {
        var starts = new List<int>();
        for (var i = source.IndexOf(exact, StringComparison.Ordinal); i >= 0; i = source.IndexOf(exact, i + 1, StringComparison.Ordinal))
        {
            starts.Add(i);
        }

        return starts;
    }

    /// <summary>One note being looked for in one new source.</summary>
    private sealed class Search(string source, TextAnchor anchor, AnchoringOptions options)
    {
        private readonly TextQuoteSelector _quote = anchor.Quote;
        private readonly int _oldStart = anchor.Position.Start;
        private readonly BitParallelMatcher? _prefix = anchor.Quote.Prefix.Length > 0 ? new(anchor.Quote.Prefix) : null;
        private readonly BitParallelMatcher? _suffix = anchor.Quote.Suffix.Length > 0 ? new(anchor.Quote.Suffix) : null;

        public int Offset(int start) => Math.Abs(start - _oldStart);

        public AnchorResult Place(AnchorMatch match, int start, int end, int quoteDistance) =>
            new(match, new TextSpan(start, end), Score(start, end, quoteDistance));

        /// <summary>How well the stored prefix and suffix agree with the text around <c>[start, end)</c>, by their weights.</summary>
        public double ContextSimilarity(int start, int end) =>
            (options.PrefixWeight * PrefixSimilarity(start)) + (options.SuffixWeight * SuffixSimilarity(end));

        /// <summary>
        /// Every end position where the quote matches with at most <see cref="AnchoringOptions.MaxErrorRate"/> errors is
        /// found in one bit-parallel pass. Consecutive such ends are one group (the same place, give or take a few
        /// characters); each of a group's closest ends is made into a candidate by <see cref="Candidate"/>, and the
        /// best-scoring candidate of all groups wins if it reaches <see cref="AnchoringOptions.MinimumScore"/>.
        /// </summary>
        public AnchorResult Approximate()
        {
            var exact = _quote.Exact;
            var maxErrors = (int)(exact.Length * options.MaxErrorRate);
            if (maxErrors == 0)
            {
                // The verbatim search already failed.
                return new AnchorResult(AnchorMatch.Orphaned, null, 0);
            }

            var forwards = new BitParallelMatcher(exact);
            var reversed = exact.ToCharArray();
            Array.Reverse(reversed);
            var backwards = new BitParallelMatcher(reversed);
            var distances = new int[source.Length + 1];
            forwards.Search(source, distances);

            AnchorResult? best = null;
            var end = 1;
            while (end < distances.Length)
            {
                if (distances[end] > maxErrors)
                {
                    end++;
                    continue;
                }

                var groupStart = end;
                while (end < distances.Length && distances[end] <= maxErrors)
                {
                    end++;
                }

                var group = distances.AsSpan(groupStart, end - groupStart);
                var least = int.MaxValue;
                foreach (var distance in group)
                {
                    least = Math.Min(least, distance);
                }

                for (var i = 0; i < group.Length; i++)
                {
                    if (group[i] == least)
                    {
                        var candidate = Candidate(forwards, backwards, groupStart + i, maxErrors);
                        if (best is null || candidate.Score > best.Score)
                        {
                            best = candidate;
                        }
                    }
                }
            }

            return best is { } found && found.Score >= options.MinimumScore
                ? found with { Match = AnchorMatch.Approximate }
                : new AnchorResult(AnchorMatch.Orphaned, null, best?.Score ?? 0);
        }

        /// <summary>
        /// Turns an end position into a span. The least edit distance alone does not place the edges well: a word
        /// inserted just inside the quote's edge is often cheaper to read as the quote's first or last words changed
        /// into it, which would leave them out of the span. So every start within the error bound is scored, context
        /// included, and then every end from the best start likewise. The distances come from anchored bit-parallel
        /// passes: the reversed quote over the reversed text before the end, then the quote over the text after the
        /// start; a match is never longer than the quote plus the errors allowed.
        /// </summary>
        private AnchorResult Candidate(BitParallelMatcher forwards, BitParallelMatcher backwards, int end, int maxErrors)
        {
            var reach = _quote.Exact.Length + maxErrors;

            var before = source.AsSpan(Math.Max(0, end - reach), Math.Min(end, reach)).ToArray();
            Array.Reverse(before);
            var startDistances = new int[before.Length + 1];
            backwards.Prefixes(before, startDistances);
            var start = Best(startDistances, maxErrors, t => new TextSpan(end - t, end)).Span.Start;

            var after = source.AsSpan(start, Math.Min(source.Length - start, reach));
            var endDistances = new int[after.Length + 1];
            forwards.Prefixes(after, endDistances);
            var (span, distance) = Best(endDistances, maxErrors, t => new TextSpan(start, start + t));

            // Widened by a code unit rather than split a surrogate pair.
            return Place(
                AnchorMatch.Approximate,
                Utf16.SplitsPair(source, span.Start) ? span.Start - 1 : span.Start,
                Utf16.SplitsPair(source, span.End) ? span.End + 1 : span.End,
                distance);
        }

        /// <summary>
        /// The best-scoring of the spans of every length t (from 1) within the error bound; on equal scores, the one
        /// with fewer errors, then the length nearer the quote's. Lengths are tried from the fewest errors up, and the
        /// search stops where even perfect context and position could no longer beat the best score so far.
        /// </summary>
        private (TextSpan Span, int Distance) Best(int[] distances, int maxErrors, Func<int, TextSpan> span)
        {
            var lengths = Enumerable.Range(1, distances.Length - 1)
                .Where(t => distances[t] <= maxErrors)
                .OrderBy(t => distances[t])
                .ThenBy(t => Math.Abs(t - _quote.Exact.Length));

            var best = (Span: default(TextSpan), Distance: -1);
            var bestScore = double.NegativeInfinity;
            foreach (var t in lengths)
            {
                if (Bound(distances[t]) <= bestScore)
                {
                    break;
                }

                var candidate = span(t);
                var score = Score(candidate.Start, candidate.End, distances[t]);
                if (score > bestScore)
                {
                    best = (candidate, distances[t]);
                    bestScore = score;
                }
            }

            // Both passes start from a span within the bound, so some length is within it.
            return best;
        }

        /// <summary>The weighted mean of the four similarities, summed in the order of <see cref="AnchoringOptions.TotalWeight"/> so that perfect agreement is exactly 1.</summary>
        private double Score(int start, int end, int quoteDistance)
        {
            var quote = Math.Max(0, 1 - ((double)quoteDistance / _quote.Exact.Length));
            var position = Math.Max(0, 1 - ((double)Offset(start) / Math.Max(1, source.Length)));
            return ((options.QuoteWeight * quote) + (options.PrefixWeight * PrefixSimilarity(start)) + (options.SuffixWeight * SuffixSimilarity(end)) + (options.PositionWeight * position))
                / options.TotalWeight;
        }

        /// <summary>The highest score a span with <paramref name="quoteDistance"/> errors could reach.</summary>
        private double Bound(int quoteDistance) =>
            ((options.QuoteWeight * Math.Max(0, 1 - ((double)quoteDistance / _quote.Exact.Length))) + options.PrefixWeight + options.SuffixWeight + options.PositionWeight)
                / options.TotalWeight;

        private double PrefixSimilarity(int start) =>
            Similarity(_prefix, _quote.Prefix.Length, source.AsSpan(Math.Max(0, start - _quote.Prefix.Length), Math.Min(start, _quote.Prefix.Length)));

        private double SuffixSimilarity(int end) =>
            Similarity(_suffix, _quote.Suffix.Length, source.AsSpan(end, Math.Min(source.Length - end, _quote.Suffix.Length)));

        /// <summary>1 − edit distance / stored length; an empty stored context (the quote began or ended the text) says nothing against a candidate.</summary>
        private static double Similarity(BitParallelMatcher? stored, int storedLength, ReadOnlySpan<char> found) =>
            stored is null ? 1 : Math.Max(0, 1 - ((double)stored.Distance(found) / storedLength));
    }
}
