using ArticleReader.Ingestion.Entities;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ArticleReader.Ingestion.Evaluation;

/// <summary>A hand-annotated mention: the reference the recognizer is scored against.</summary>
public sealed record GoldMention(string Text, EntityType Type, TextSpan Span, string? Canonical);

/// <summary>A hand-judged sentence: a check-worthy claim or not, with its kind, hedges and attribution.</summary>
public sealed record GoldSentence(TextSpan Span, string Text, bool IsClaim, string? Kind, IReadOnlyList<string> Hedging, string? Attribution);

public sealed record GoldArticle(string Name, string Source, IReadOnlyList<GoldMention> Mentions, IReadOnlyList<GoldSentence> Sentences);

/// <summary>Reads <c>&lt;name&gt;.gold.yaml</c> files and the article each one annotates (see the Gold folder's GUIDELINES.md).</summary>
public static class GoldStandard
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static IReadOnlyList<GoldArticle> ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new IngestionException($"no gold folder at {folder}");
        }

        return [.. Directory.EnumerateFiles(folder, "*.gold.yaml").Order(StringComparer.Ordinal).Select(Read)];
    }

    public static GoldArticle Read(string path)
    {
        var document = Yaml.Deserialize<GoldDocument>(File.ReadAllText(path))
            ?? throw new IngestionException($"{path} is empty");
        var articlePath = Path.Combine(Path.GetDirectoryName(path)!, document.Article ?? throw new IngestionException($"{path} names no article"));
        var source = SourceDecoder.ReadFile(articlePath);

        var mentions = (document.Entities ?? []).Select(e => new GoldMention(
            e.Text ?? string.Empty,
            Enum.Parse<EntityType>(e.Type ?? string.Empty, ignoreCase: true),
            new TextSpan(e.Start, e.End),
            e.Canonical)).ToList();
        var sentences = (document.Claims ?? []).Select(c => new GoldSentence(
            new TextSpan(c.Start, c.End),
            c.Text ?? string.Empty,
            c.Claim,
            c.Kind,
            c.Hedging ?? [],
            c.Attribution)).ToList();

        foreach (var (text, span) in mentions.Select(m => (m.Text, m.Span)).Concat(sentences.Select(s => (s.Text, s.Span))))
        {
            if (span.End > source.Length || span.Slice(source) != text)
            {
                throw new IngestionException($"{path}: {span} does not slice the article to \"{text}\"");
            }
        }

        return new GoldArticle(Path.GetFileNameWithoutExtension(articlePath), source, mentions, sentences);
    }

    private sealed class GoldDocument
    {
        public string? Article { get; set; }

        public List<GoldEntityEntry>? Entities { get; set; }

        public List<GoldClaimEntry>? Claims { get; set; }
    }

    private sealed class GoldEntityEntry
    {
        public string? Text { get; set; }

        public string? Type { get; set; }

        public int Start { get; set; }

        public int End { get; set; }

        public string? Canonical { get; set; }
    }

    private sealed class GoldClaimEntry
    {
        public int Start { get; set; }

        public int End { get; set; }

        public string? Text { get; set; }

        public bool Claim { get; set; }

        public string? Kind { get; set; }

        public List<string>? Hedging { get; set; }

        public string? Attribution { get; set; }
    }
}
