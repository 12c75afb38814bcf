using ArticleReader.Data;

namespace ArticleReader.Pages.Articles;

/// <summary>A mention together with the entity it names.</summary>
public sealed record PlacedMention(MentionRecord Mention, EntityRecord Entity)
{
    public int Start => Mention.Start;

    public int End => Mention.End;

    /// <summary>Dates and quantities are values: the text marks them, but they have no card or entity link in the text.</summary>
    public bool IsValue => EntityFacts.IsValue(Entity.Type);
}

/// <summary>Where a span of the source sits in the article's structure.</summary>
public sealed record TextPlace(Section Section, Paragraph Paragraph, Sentence? Sentence);

/// <summary>
/// A stored revision indexed for rendering: mentions in text order, claims by key and by sentence, entities by key.
/// Either the whole revision (as <see cref="Ingest.ArticleStore.LoadRevisionAsync"/> loads it), or the part of it one
/// page shows (a claim's paragraph, an entity's mentions), loaded by that page's query: it then knows nothing else.
/// </summary>
public sealed class AnnotatedArticle
{
    private readonly Dictionary<string, EntityRecord> _entities;
    private readonly Dictionary<string, ClaimRecord> _claims;
    private readonly ILookup<int, ClaimRecord> _claimsBySentence;
    private readonly Dictionary<string, FlagRecord> _flags;

    /// <param name="charactersPerPart">The size of the parts a long article is read in (<see cref="ReadingOptions.CharactersPerPart"/>).</param>
    public AnnotatedArticle(Article article, int charactersPerPart = int.MaxValue)
    {
        Revision = article;
        _entities = article.Entities.ToDictionary(e => e.Key, StringComparer.Ordinal);
        Claims = [.. article.Claims.OrderBy(c => c.Position)];
        _claims = Claims.ToDictionary(c => c.Key, StringComparer.Ordinal);
        _claimsBySentence = Claims.ToLookup(c => c.SentenceId);
        Mentions = [.. article.Entities
            .SelectMany(e => e.Mentions.Select(m => new PlacedMention(m, e)))
            .OrderBy(m => m.Start)
            .ThenByDescending(m => m.End)];
        Sections = [.. article.Sections.OrderBy(s => s.Position)];
        Authors = [.. article.Authors.OrderBy(a => a.Position)];
        Flags = [.. article.Flags.OrderBy(f => f.Start).ThenBy(f => f.Key, StringComparer.Ordinal)];
        _flags = Flags.ToDictionary(f => f.Key, StringComparer.Ordinal);
        GlossaryEntities = [.. article.Entities
            .Where(e => !EntityFacts.IsValue(e.Type))
            .OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Key, StringComparer.Ordinal)];
        ParagraphCount = Sections.SelectMany(x => x.Paragraphs).Select(p => p.Position + 1).DefaultIfEmpty(0).Max();
        Parts = SplitIntoParts(Sections, charactersPerPart);
    }

    /// <summary>
    /// The part of a revision a page's query loaded: its sections (with only the paragraphs loaded), entities (with
    /// only the mentions loaded) and claims, without the source text.
    /// </summary>
    public static AnnotatedArticle Part(
        Ingest.ArticleRevision revision, List<Section> sections, List<EntityRecord> entities, List<ClaimRecord> claims) =>
        new(new Article
        {
            Id = revision.Id,
            Slug = revision.Slug,
            Title = revision.Title,
            Revision = revision.Number,
            SourceText = string.Empty,
            Sha256 = string.Empty,
            Sections = sections,
            Entities = entities,
            Claims = claims,
        });

    /// <summary>The stored revision with everything ingestion found in it.</summary>
    public Article Revision { get; }

    /// <summary>The revision's row id, which keys what is kept of it.</summary>
    public int RevisionId => Revision.Id;

    public string Slug => Revision.Slug;

    /// <summary>The text every offset points into.</summary>
    public string SourceText => Revision.SourceText;

    /// <summary>The authors in byline order.</summary>
    public IReadOnlyList<ArticleAuthor> Authors { get; }

    public string Title => Revision.Title ?? Revision.Slug;

    public IReadOnlyList<Section> Sections { get; }

    /// <summary>One more than the highest paragraph position.</summary>
    public int ParagraphCount { get; }

    /// <summary>The sections in the parts the reading page shows one at a time: one part unless the article is very long.</summary>
    public IReadOnlyList<IReadOnlyList<Section>> Parts { get; }

    /// <summary>The 1-based part that holds the section.</summary>
    public int PartOf(Section section)
    {
        for (var i = 0; i < Parts.Count; i++)
        {
            if (Parts[i].Contains(section))
            {
                return i + 1;
            }
        }

        return 1;
    }

    public IReadOnlyList<ClaimRecord> Claims { get; }

    /// <summary>Every mention, ordered by start (the longer first where two start together).</summary>
    public IReadOnlyList<PlacedMention> Mentions { get; }

    /// <summary>The entities that get a card in the reading page (not dates or quantities), by name.</summary>
    public IReadOnlyList<EntityRecord> GlossaryEntities { get; }

    /// <summary>Where the article disagrees with itself or its glossary, in text order.</summary>
    public IReadOnlyList<FlagRecord> Flags { get; }

    public FlagRecord? Flag(string key) => _flags.GetValueOrDefault(key);

    public IEnumerable<FlagRecord> FlagsWithin(int start, int end) =>
        Flags.Skip(FirstAtOrAfter(Flags, f => f.Start, start)).TakeWhile(f => f.Start < end).Where(f => f.End <= end);

    public static int FootnoteNumber(ClaimRecord claim) => claim.Position + 1;

    public EntityRecord? Entity(string key) => _entities.GetValueOrDefault(key);

    public ClaimRecord? Claim(string key) => _claims.GetValueOrDefault(key);

    public IEnumerable<ClaimRecord> ClaimsOf(Sentence sentence) => _claimsBySentence[sentence.Id];

    public IEnumerable<PlacedMention> MentionsWithin(int start, int end) =>
        Mentions.Skip(FirstAtOrAfter(Mentions, m => m.Start, start)).TakeWhile(m => m.Start < end).Where(m => m.End <= end);

    /// <summary>The index of the first item (in start order) that starts at or after <paramref name="start"/>: long articles have many.</summary>
    private static int FirstAtOrAfter<T>(IReadOnlyList<T> items, Func<T, int> startOf, int start)
    {
        var (low, high) = (0, items.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = startOf(items[middle]) < start ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>Whole sections, gathered until a part holds at least <paramref name="charactersPerPart"/> characters.</summary>
    private static List<IReadOnlyList<Section>> SplitIntoParts(IReadOnlyList<Section> sections, int charactersPerPart)
    {
        var parts = new List<IReadOnlyList<Section>>();
        var part = new List<Section>();
        var size = 0;
        foreach (var section in sections)
        {
            part.Add(section);
            size += section.End - section.Start;
            if (size >= charactersPerPart)
            {
                parts.Add(part);
                (part, size) = ([], 0);
            }
        }

        if (part.Count > 0 || parts.Count == 0)
        {
            parts.Add(part);
        }

        return parts;
    }

    /// <summary>The section, paragraph and (when one holds it whole) sentence that contain the span, or null outside the body.</summary>
    public TextPlace? Locate(int start, int end)
    {
        foreach (var section in Sections)
        {
            foreach (var paragraph in section.Paragraphs)
            {
                if (paragraph.Start <= start && end <= paragraph.End)
                {
                    return new TextPlace(section, paragraph, paragraph.Sentences.FirstOrDefault(s => s.Start <= start && end <= s.End));
                }
            }
        }

        return null;
    }
}

/// <summary>A reader's note to highlight in a paragraph: its id and the source range it is anchored to.</summary>
public sealed record NoteMark(int Id, int Start, int End);
