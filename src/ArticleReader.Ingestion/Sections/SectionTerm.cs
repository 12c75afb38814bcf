namespace ArticleReader.Ingestion.Sections;

/// <summary>What a term of a section title is: a name, a two-word noun phrase or a single word.</summary>
internal enum TermKind
{
    Name,
    Phrase,
    Word,
}

/// <summary>A name, phrase or word counted across the sections of an article, with how a title would write it.</summary>
internal sealed class SectionTerm(TermKind kind, string[] stems, int wordCount, int sectionCount)
{
    public TermKind Kind { get; } = kind;

    public string[] Stems { get; } = stems;

    public int WordCount { get; } = wordCount;

    public int[] Counts { get; } = new int[sectionCount];

    public bool[] InOpening { get; } = new bool[sectionCount];

    /// <summary>Per section, the position of the first word of the first occurrence.</summary>
    public int[] FirstSeen { get; } = Enumerable.Repeat(int.MaxValue, sectionCount).ToArray();

    /// <summary>Spellings with their counts: of every use for a name, of uses as a noun for common words.</summary>
    public Dictionary<string, int> Surfaces { get; } = new(StringComparer.Ordinal);

    public int NounUses { get; set; }

    public int WithArticle { get; set; }

    // Both are read only once every section has been counted.
    private string? _display;
    private int? _documentFrequency;

    /// <summary>
    /// How the term reads in a title. A name takes its shortest spelling, the noun among the forms the stemmer
    /// joined ("Iran", not "Iranian"); a common word its most frequent one. A name or a single word takes "the"
    /// when the text mostly gives it one ("the West", "the tram"); a phrase never ("regional security").
    /// </summary>
    public string Display => _display ??= Surfaces
        .OrderBy(s => Kind == TermKind.Name ? s.Key.Length : 0)
        .ThenByDescending(s => s.Value)
        .ThenBy(s => s.Key.Length)
        .ThenBy(s => s.Key, StringComparer.Ordinal)
        .Select(s => Kind != TermKind.Phrase && NounUses > 0 && WithArticle * 2 > NounUses ? "the " + s.Key : s.Key)
        .First();

    /// <summary>In how many sections the term occurs.</summary>
    public int DocumentFrequency => _documentFrequency ??= Counts.Count(c => c > 0);
}
