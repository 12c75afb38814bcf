using ArticleReader.Ingestion.Entities;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ArticleReader.Ingestion.Editorial;

/// <summary>Reads the editorial layer kept in the content folder, one sub-folder per article slug.</summary>
public sealed class EditorialLibrary(string contentRoot)
{
    public const string SectionsFile = "sections.yaml";

    public const string GlossaryFile = "glossary.yaml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public string ContentRoot { get; } = contentRoot;

    public EditorialContent Load(string slug) => new(LoadSections(slug), LoadGlossary(slug));

    private List<SectionOverride> LoadSections(string slug)
    {
        var (path, document) = Read<SectionsDocument>(slug, SectionsFile);
        var sections = new List<SectionOverride>();
        foreach (var entry in document?.Sections ?? [])
        {
            if (string.IsNullOrWhiteSpace(entry.Starts) || string.IsNullOrWhiteSpace(entry.Title))
            {
                throw new IngestionException($"{path}: every section needs 'starts' and 'title'");
            }

            sections.Add(new SectionOverride(entry.Starts.Trim(), entry.Title.Trim()));
        }

        return sections;
    }

    private Glossary LoadGlossary(string slug)
    {
        var (path, document) = Read<GlossaryDocument>(slug, GlossaryFile);
        var entries = new List<GlossaryEntry>();
        foreach (var entry in document?.Entities ?? [])
        {
            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                throw new IngestionException($"{path}: every entity needs a 'name'");
            }

            if (!Enum.TryParse<EntityType>(entry.Type, ignoreCase: true, out var type) || type is EntityType.Date or EntityType.Quantity)
            {
                throw new IngestionException($"{path}: '{entry.Name}' has type '{entry.Type}'; use PERSON, ORG, PLACE, EVENT or PRODUCT");
            }

            entries.Add(new GlossaryEntry(
                entry.Name.Trim(),
                type,
                [.. (entry.Aliases ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim())],
                entry.Description?.Trim(),
                entry.Link?.Trim(),
                entry.Wikidata?.Trim(),
                entry.Note?.Trim()));
        }

        return entries.Count == 0 ? Glossary.Empty : new Glossary(entries);
    }

    private (string Path, T? Document) Read<T>(string slug, string file)
        where T : class
    {
        var path = Path.Combine(ContentRoot, slug, file);
        if (!File.Exists(path))
        {
            return (path, null);
        }

        try
        {
            return (path, Yaml.Deserialize<T>(File.ReadAllText(path)));
        }
        catch (YamlException e)
        {
            throw new IngestionException($"{path}: not valid YAML ({e.Start.Line}:{e.Start.Column}: {e.Message})");
        }
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

    private sealed class GlossaryDocument
    {
        public List<GlossaryYamlEntry>? Entities { get; set; }
    }

    private sealed class GlossaryYamlEntry
    {
        public string? Name { get; set; }

        public string? Type { get; set; }

        public List<string>? Aliases { get; set; }

        public string? Description { get; set; }

        public string? Link { get; set; }

        public string? Wikidata { get; set; }

        public string? Note { get; set; }
    }
}
