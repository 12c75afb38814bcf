using System.Collections.Frozen;
using ArticleReader.Ingestion.Text;

namespace ArticleReader.Ingestion.Entities.Cues;

/// <summary>
/// Closed-class English words that help type and trim the tagger's names, read from the word lists beside this file
/// (embedded resources, one entry a line, <c>#</c> for comments). They are cues of the language, not names.
/// </summary>
public static class NameCues
{
    /// <summary>Titles and roles before a person's name.</summary>
    public static FrozenSet<string> Titles { get; } = Load("titles.txt");

    /// <summary>Nouns that make a name an event.</summary>
    public static FrozenSet<string> EventWords { get; } = Load("event-words.txt");

    /// <summary>Nouns that make the name before them a product.</summary>
    public static FrozenSet<string> ProductWords { get; } = Load("product-words.txt");

    /// <summary>Abbreviations that describe a person (degrees) and name no organization.</summary>
    public static FrozenSet<string> NotNames { get; } = Load("not-names.txt");

    /// <summary>Words before a place that make it a location rather than an actor.</summary>
    public static FrozenSet<string> LocativeWords { get; } = Load("locative-words.txt");

    /// <summary>Words of travel that make "to" before a place a destination.</summary>
    public static FrozenSet<string> TravelWords { get; } = Load("travel-words.txt");

    /// <summary>Abbreviations whose dot belongs to the token (<c>Mr.</c>, <c>Inc.</c>), lower case, without the dot.</summary>
    public static FrozenSet<string> Abbreviations { get; } = Load("abbreviations.txt");

    /// <summary>The names of the word lists, for tests that check them.</summary>
    public static IReadOnlyList<string> Files { get; } = ["titles.txt", "event-words.txt", "product-words.txt", "not-names.txt", "locative-words.txt", "travel-words.txt", "abbreviations.txt", "irregular-plurals.txt", "not-plurals.txt", "count-modifiers.txt"];

    /// <summary>The entries of one list in file order, repeats included (a test refuses repeats).</summary>
    public static IReadOnlyList<string> Entries(string file) => WordLists.Entries($"{typeof(NameCues).Namespace}.{file}");

    private static FrozenSet<string> Load(string file) => WordLists.Set($"{typeof(NameCues).Namespace}.{file}");
}
