namespace ArticleReader.Ingestion.Anchoring;

/// <summary>
/// Edit (Levenshtein) distances of one pattern against every prefix of a text, 64 pattern characters per machine word:
/// Myers' bit-vector algorithm (J. ACM 46(3), 1999) in Hyyrö's formulation. Patterns longer than 64 characters use
/// Myers' blocked version: the column is kept in ⌈m / 64⌉ words and each word passes its bottom row's horizontal delta to
/// the word below, so the result is exact for any length at O(n · ⌈m / 64⌉) word operations.
/// </summary>
/// <remarks>
/// Every block is computed in every column. Ukkonen's cut-off (skipping blocks that cannot be within the error bound)
/// pays off at low error rates; the anchorer allows up to half the quote, where most blocks stay active anyway.
/// </remarks>
internal sealed class BitParallelMatcher
{
    private const ulong TopBit = 1UL << 63;

    private readonly int _length;
    private readonly int _blocks;
    private readonly ulong _lastBit;

    // Peq: for each distinct character of the pattern, _blocks words with a bit set at each row where it occurs. Any
    // other character, whatever its code unit, occurs nowhere: that is entry 0. So a small map of the pattern's
    // characters to entries does instead of a 65 536-entry table; ASCII, most of any article, skips the dictionary.
    private readonly ulong[] _peq;
    private readonly int[] _asciiEntries = new int[128];
    private readonly Dictionary<char, int> _otherEntries = [];

    public BitParallelMatcher(ReadOnlySpan<char> pattern)
    {
        if (pattern.IsEmpty)
        {
            throw new ArgumentException("the pattern must not be empty", nameof(pattern));
        }

        _length = pattern.Length;
        _blocks = (pattern.Length + 63) / 64;
        _lastBit = 1UL << ((pattern.Length - 1) % 64);

        var entries = 1;
        for (var i = 0; i < pattern.Length; i++)
        {
            if (Entry(pattern[i]) == 0)
            {
                SetEntry(pattern[i], entries++);
            }
        }

        _peq = new ulong[entries * _blocks];
        for (var i = 0; i < pattern.Length; i++)
        {
            _peq[(Entry(pattern[i]) * _blocks) + (i / 64)] |= 1UL << (i % 64);
        }
    }

    /// <summary>
    /// Searching: <paramref name="distances"/>[j], for j from 0 to the text's length, becomes the least edit distance
    /// between the pattern and any substring of <paramref name="text"/> ending at j.
    /// </summary>
    public void Search(ReadOnlySpan<char> text, Span<int> distances) => Run(text, distances, anchored: false);

    /// <summary><paramref name="distances"/>[j] becomes the edit distance between the pattern and <c>text[..j]</c>.</summary>
    public void Prefixes(ReadOnlySpan<char> text, Span<int> distances) => Run(text, distances, anchored: true);

    /// <summary>The edit distance between the pattern and the whole of <paramref name="text"/>.</summary>
    public int Distance(ReadOnlySpan<char> text) => Run(text, [], anchored: true);

    private int Entry(char c) => c < 128 ? _asciiEntries[c] : _otherEntries.GetValueOrDefault(c);

    private void SetEntry(char c, int entry)
    {
        if (c < 128)
        {
            _asciiEntries[c] = entry;
        }
        else
        {
            _otherEntries.Add(c, entry);
        }
    }

    private int Run(ReadOnlySpan<char> text, Span<int> distances, bool anchored)
    {
        if (!distances.IsEmpty && distances.Length != text.Length + 1)
        {
            throw new ArgumentException("there must be one distance for every end position, 0 included", nameof(distances));
        }

        var score = _length;
        if (!distances.IsEmpty)
        {
            distances[0] = score;
        }

        // Row 0 is D[0][j] = 0 when the match may start anywhere and D[0][j] = j when it must start at the text's
        // beginning: that row's horizontal delta is what enters the first block.
        var topDelta = anchored ? 1 : 0;

        // Column 0 is D[i][0] = i: every vertical delta is +1.
        if (_blocks == 1)
        {
            // Most quotes and every context fit one word: no block loop, and the state stays in registers.
            var positive = ulong.MaxValue;
            var negative = 0UL;
            for (var j = 0; j < text.Length; j++)
            {
                score += Advance(ref positive, ref negative, _peq[Entry(text[j])], topDelta, _lastBit);
                if (!distances.IsEmpty)
                {
                    distances[j + 1] = score;
                }
            }

            return score;
        }

        var positives = new ulong[_blocks];
        var negatives = new ulong[_blocks];
        Array.Fill(positives, ulong.MaxValue);
        for (var j = 0; j < text.Length; j++)
        {
            var rows = _peq.AsSpan(Entry(text[j]) * _blocks, _blocks);
            var delta = topDelta;
            for (var b = 0; b < _blocks; b++)
            {
                delta = Advance(ref positives[b], ref negatives[b], rows[b], delta, b == _blocks - 1 ? _lastBit : TopBit);
            }

            score += delta;
            if (!distances.IsEmpty)
            {
                distances[j + 1] = score;
            }
        }

        return score;
    }

    /// <summary>
    /// One column step of one block (Myers 1999, figure 8): updates the vertical deltas and returns the horizontal delta
    /// at <paramref name="bottom"/>, the block's last pattern row. Bits above that row in the last block hold garbage, which
    /// is harmless: carries and shifts only move towards higher bits.
    /// </summary>
    private static int Advance(ref ulong positive, ref ulong negative, ulong equal, int deltaIn, ulong bottom)
    {
        var xv = equal | negative;
        if (deltaIn < 0)
        {
            equal |= 1;
        }

        var xh = (((equal & positive) + positive) ^ positive) | equal;
        var horizontalPositive = negative | ~(xh | positive);
        var horizontalNegative = positive & xh;
        var deltaOut = (horizontalPositive & bottom) != 0 ? 1 : (horizontalNegative & bottom) != 0 ? -1 : 0;

        horizontalPositive <<= 1;
        horizontalNegative <<= 1;
        if (deltaIn < 0)
        {
            horizontalNegative |= 1;
        }
        else if (deltaIn > 0)
        {
            horizontalPositive |= 1;
        }

        positive = horizontalNegative | ~(xv | horizontalPositive);
        negative = horizontalPositive & xv;
        return deltaOut;
    }
}
