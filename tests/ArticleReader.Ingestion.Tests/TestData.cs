namespace ArticleReader.Ingestion.Tests;

/// <summary>Paths of the files the test project copies next to its assembly.</summary>
internal static class TestData
{
    public const string SeedSlug = "military-cooperation-between-israel-and-azerbaijan";

    public static string Seed => Path.Combine(AppContext.BaseDirectory, "seeds", "000_f4f73a9d6bd558de.txt");

    public static string ContentRoot => Path.Combine(AppContext.BaseDirectory, "content");

    public static string GoldenSections => Path.Combine(AppContext.BaseDirectory, "Golden", "Sections");

    public static ParsedParagraph Paragraph(string text) => new(new TextSpan(0, text.Length), text, []);
}
