using ArticleReader.Ingestion.Editorial;
using ArticleReader.Ingestion.Entities.Gazetteer;

namespace ArticleReader.Ingestion.Entities;

/// <summary>
/// Ties name candidates to canonical entities across the article: a surname to the full name given elsewhere,
/// a demonym to its country, a capital used as an actor to its state, an acronym to its expansion.
/// </summary>
internal sealed class EntityResolver(Gazetteer.Gazetteer gazetteer, Glossary glossary)
{
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly List<Mention> _mentions = [];

    public (IReadOnlyList<Entity> Entities, IReadOnlyList<Mention> Mentions) Resolve(IReadOnlyList<NameCandidate> candidates)
    {
        var people = FullNames(candidates);
        var organizations = candidates.Where(c => c.Type == EntityType.Org && c.Text.Contains(' ', StringComparison.Ordinal)).Select(c => c.Text).Distinct().ToList();
        var countries = candidates.Where(c => c.Place is { Kind: GazetteerPlaceKind.Country }).Select(c => c.Place!.Name).Distinct().ToList();

        foreach (var candidate in candidates)
        {
            var resolved = candidate.Entry is { } entry
                ? FromGlossary(candidate, entry)
                : candidate.Type switch
                {
                    EntityType.Person => (EntityType.Person, PersonName(candidate.Text, people) ?? candidate.Text, candidate.Evidence),
                    EntityType.Place => (EntityType.Place, PlaceName(candidate, countries), candidate.Evidence),
                    EntityType.Group when candidate.Place is { } country => (EntityType.Place, country.Name, candidate.Evidence),
                    EntityType.Group or EntityType.Other => (candidate.Type.Value, candidate.Text, candidate.Evidence),
                    EntityType.Org => (EntityType.Org, Expansion(candidate.Text, organizations) ?? candidate.Text, candidate.Evidence),
                    EntityType.Product => (EntityType.Product, Singular(candidate.Text), candidate.Evidence),
                    EntityType.Event => (EntityType.Event, TextNormalizer.FoldTypography(candidate.Text, lowerCase: false).Replace(" - ", "-", StringComparison.Ordinal), candidate.Evidence),
                    _ => PersonName(candidate.Text, people) is { } person ? (EntityType.Person, person, MentionEvidence.Coreference) : ((EntityType, string, MentionEvidence)?)null,
                };

            if (resolved is var (type, name, evidence))
            {
                // A demonym names its country's entity, but the mention is of a people, not of the place.
                Add(candidate, type, name, evidence, candidate.IsDemonym ? EntityType.Group : type);
            }
        }

        return (_entities.Values.ToList(), _mentions);
    }

    private (EntityType, string, MentionEvidence) FromGlossary(NameCandidate candidate, GlossaryEntry entry)
    {
        // The glossary names the city; a capital acting as a state is the state ("official Baku").
        if (entry.Type == EntityType.Place && candidate.Place is { Kind: GazetteerPlaceKind.Capital, CountryName: { } country } && !candidate.Locative)
        {
            return (EntityType.Place, glossary.Find(country)?.Name ?? country, MentionEvidence.Glossary);
        }

        return (entry.Type, entry.Name, MentionEvidence.Glossary);
    }

    private void Add(NameCandidate candidate, EntityType type, string name, MentionEvidence evidence, EntityType mentionType)
    {
        var entry = glossary.Find(name);
        var key = SlugMaker.FromTitle(name);
        if (key.Length == 0)
        {
            return;
        }

        if (_entities.TryGetValue(key, out var existing) && existing.Type != type)
        {
            key = $"{key}-{type.ToString().ToLowerInvariant()}";
        }

        if (!_entities.ContainsKey(key))
        {
            _entities[key] = new Entity(key, entry?.Name ?? name, type, entry?.Description, entry?.Link, entry?.Wikidata, entry?.Note);
        }

        _mentions.Add(new Mention(candidate.Span, candidate.Text, mentionType, key, evidence, candidate.Role));
    }

    /// <summary>People named with two or more words; shorter mentions are matched against these.</summary>
    private static List<string[]> FullNames(IReadOnlyList<NameCandidate> candidates) =>
        [.. candidates
            .Where(c => c.Type == EntityType.Person && c.Entry is null)
            .Select(c => c.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length > 1)
            .DistinctBy(words => string.Join(' ', words))];

    /// <summary>The full name a surname or first name stands for (<c>Aliyev</c>, <c>Heydar</c>, <c>Netanyahus</c>).</summary>
    private static string? PersonName(string text, List<string[]> people)
    {
        if (text.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var form in text.EndsWith('s') ? new[] { text, text[..^1] } : [text])
        {
            var bySurname = people.Where(p => p[^1] == form || WithoutParticle(p[^1]) == form).ToList();
            if (bySurname.Count == 1)
            {
                return string.Join(' ', bySurname[0]);
            }

            var byFirstName = people.Where(p => p[0] == form).ToList();
            if (byFirstName.Count == 1)
            {
                return string.Join(' ', byFirstName[0]);
            }
        }

        return null;
    }

    /// <summary>"Sisi" for "el-Sisi": the name a particle is joined to.</summary>
    private static string WithoutParticle(string word) => word.IndexOf('-', StringComparison.Ordinal) is var hyphen and > 0 && char.IsLower(word[0]) ? word[(hyphen + 1)..] : word;

    private string PlaceName(NameCandidate candidate, List<string> countries)
    {
        if (candidate.Place is { } place)
        {
            return place.Kind switch
            {
                GazetteerPlaceKind.Country => place.Name,
                _ when candidate.IsDemonym => place.Name,
                GazetteerPlaceKind.Capital when !candidate.Locative && place.CountryName is { } country => country,
                _ => place.Name,
            };
        }

        // "the Islamic Republic": a country of the article whose official name this is the start of.
        var bare = candidate.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? candidate.Text[4..] : candidate.Text;
        foreach (var country in countries)
        {
            if (gazetteer.TryFindPlace($"{bare} of {country}", out var official) && official.Kind == GazetteerPlaceKind.Country)
            {
                return official.Name;
            }
        }

        return bare;
    }

    /// <summary>The organization an acronym abbreviates, when the article spells it out (<c>EU</c>, European Union).</summary>
    private static string? Expansion(string acronym, List<string> organizations)
    {
        if (acronym.Length is < 2 or > 6 || acronym.Any(char.IsLower))
        {
            return null;
        }

        var letters = acronym.Replace(".", string.Empty, StringComparison.Ordinal);
        return organizations.FirstOrDefault(name =>
            string.Concat(name.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0])) == letters);
    }

    /// <summary>"BMPs" names the BMP: a plural acronym is the product's name with an s.</summary>
    private static string Singular(string text) =>
        text.Length > 2 && text[^1] == 's' && char.IsUpper(text[^2]) ? text[..^1] : text;
}
