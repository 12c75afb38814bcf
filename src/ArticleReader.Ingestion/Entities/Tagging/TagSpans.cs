namespace ArticleReader.Ingestion.Entities.Tagging;

/// <summary>A run of tokens <c>[Start, End)</c> of one sentence that names something of one type.</summary>
public readonly record struct TaggedSpan(int Start, int End, string Type);

/// <summary>
/// The tags the tagger predicts: <c>O</c>, or a type with its place in the name (BILOU: Begin, Inside, Last, Unit),
/// numbered <c>0</c> for O and <c>1 + 4·type + part</c>; and IOB2 tags read into spans as conlleval reads them.
/// </summary>
public static class TagSpans
{
    private const int Parts = 4;
    private const int Begin = 0;
    private const int Inside = 1;
    private const int Last = 2;
    private const int Unit = 3;

    public static int TagCount(int types) => 1 + (Parts * types);

    /// <summary>The names of IOB2 tags (conlleval: an I- tag after O or another type opens a name).</summary>
    public static List<TaggedSpan> FromIob(IReadOnlyList<string> tags)
    {
        var spans = new List<TaggedSpan>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var tagType = tag == "O" ? null : tag[2..];
            var opens = tagType is not null && (tag[0] == 'B' || tagType != type);
            if (type is not null && (tagType is null || opens))
            {
                spans.Add(new TaggedSpan(start, i, type));
                type = null;
            }

            if (opens)
            {
                start = i;
                type = tagType;
            }
        }

        return spans;
    }

    /// <summary>The BILOU tag numbers of a sentence of <paramref name="length"/> tokens with these names.</summary>
    public static int[] ToBilou(IEnumerable<TaggedSpan> spans, int length, IReadOnlyList<string> types)
    {
        var tags = new int[length];
        foreach (var span in spans)
        {
            var type = Index(types, span.Type);
            if (span.End - span.Start == 1)
            {
                tags[span.Start] = Tag(type, Unit);
                continue;
            }

            for (var i = span.Start; i < span.End; i++)
            {
                tags[i] = Tag(type, i == span.Start ? Begin : i == span.End - 1 ? Last : Inside);
            }
        }

        return tags;
    }

    /// <summary>The names of a valid BILOU tag sequence (as Viterbi decodes it under <see cref="Allowed"/>).</summary>
    public static List<TaggedSpan> FromBilou(IReadOnlyList<int> tags, IReadOnlyList<string> types)
    {
        var spans = new List<TaggedSpan>();
        var start = -1;
        for (var i = 0; i < tags.Count; i++)
        {
            if (tags[i] == 0)
            {
                start = -1;
                continue;
            }

            var (type, part) = Split(tags[i]);
            if (part is Begin or Unit)
            {
                start = i;
            }

            if (part is Last or Unit && start >= 0)
            {
                spans.Add(new TaggedSpan(start, i + 1, types[type]));
                start = -1;
            }
        }

        return spans;
    }

    /// <summary>Whether tag <paramref name="to"/> may follow <paramref name="from"/> (-1: the sentence start; <paramref name="to"/> -1: its end).</summary>
    public static bool Allowed(int from, int to)
    {
        var open = from > 0 && Split(from).Part is Begin or Inside;
        if (to < 0)
        {
            return !open;
        }

        if (to == 0)
        {
            return !open;
        }

        var (type, part) = Split(to);
        return open ? part is Inside or Last && Split(from).Type == type : part is Begin or Unit;
    }

    private static int Tag(int type, int part) => 1 + (Parts * type) + part;

    private static (int Type, int Part) Split(int tag) => ((tag - 1) / Parts, (tag - 1) % Parts);

    private static int Index(IReadOnlyList<string> types, string type)
    {
        for (var i = 0; i < types.Count; i++)
        {
            if (types[i] == type)
            {
                return i;
            }
        }

        throw new ArgumentException($"unknown entity type '{type}'", nameof(type));
    }
}
