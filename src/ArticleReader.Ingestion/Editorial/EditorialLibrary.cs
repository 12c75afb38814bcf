using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ArticleReader.Ingestion.Editorial;

/// <summary>Reads the editorial layer kept in the content folder, one sub-folder per article slug.</summary>
public sealed class EditorialLibrary(string contentRoot)
{
    public const string SectionsFile = "sections.yaml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public string ContentRoot { get; } = contentRoot;

    public EditorialContent Load(string slug)
    {
        var path = Path.Combine(ContentRoot, slug, SectionsFile);
        if (!File.Exists(path))
        {
            return EditorialContent.None;
        }

        SectionsDocument? document;
        try
        {
            document = Yaml.Deserialize<SectionsDocument>(File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            throw new IngestionException($"{path}: not valid YAML ({e.Start.Line}:{e.Start.Column}: {e.Message})");
        }

        var sections = new List<SectionOverride>();
        foreach (var entry in document?.Sections ?? [])
        {
            if (string.IsNullOrWhiteSpace(entry.Starts) || string.IsNullOrWhiteSpace(entry.Title))
            {
                throw new IngestionException($"{path}: every section needs 'starts' and 'title'");
            }

            sections.Add(new SectionOverride(entry.Starts.Trim(), entry.Title.Trim()));
        }

        return new EditorialContent(sections);
    }

    private sealed class SectionsDocument
    {
        public List<SectionEntry>? Sections { get; set; }
    }

    private sealed class SectionEntry
    {
        public string? Starts { get; set; }

        public string? Title { get; set; }
    }
}
