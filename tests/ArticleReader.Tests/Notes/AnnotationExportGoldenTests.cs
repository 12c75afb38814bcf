using ArticleReader.Data;
using ArticleReader.Ingestion.Anchoring;
using ArticleReader.Ingestion.Claims;
using ArticleReader.Notes.WebAnnotation;
using ArticleReader.Api;
using ArticleReader.Tests.Infrastructure;
using PositionSelector = ArticleReader.Ingestion.Anchoring.TextPositionSelector;
using QuoteSelector = ArticleReader.Ingestion.Anchoring.TextQuoteSelector;

namespace ArticleReader.Tests.Notes;

/// <summary>
/// The W3C Web Annotation export of a fixed article and notes, compared with <c>golden/annotations.jsonld</c> byte for
/// byte: property names and order, <c>@context</c>, escaping. The fixture has a tagged note, a reply, an orphaned note
/// (whose passage left the article: it keeps its original quote) and text to escape. To regenerate the golden file
/// after a deliberate change, run with <c>UPDATE_GOLDEN=1</c> (off by default) and review the diff.
/// </summary>
public sealed class AnnotationExportGoldenTests
{
    private const string BaseUrl = "https://reader.example";

    private const string Source = "Iran sold 20 tanks in April 2014, officials said. The deal was \"reportedly\" worth $1bn 😀. Later talks stalled.";

    private static readonly string GoldenPath = Path.Combine(RepositoryPaths.Root, "tests", "ArticleReader.Tests", "Notes", "golden", "annotations.jsonld");

    [Fact]
    public void The_export_of_notes_a_reply_an_orphan_and_claims_is_the_golden_json_ld()
    {
        var article = new Article
        {
            Slug = "a-b",
            Revision = 3,
            Title = "Tanks & “talks”",
            SourceText = Source,
            Sha256 = "0",
            Claims = [Claim("k2", 1, "The deal was", ClaimKind.Quantity, 0.8125), Claim("k1", 0, "Iran sold 20 tanks", ClaimKind.Event, 0.5)],
        };
        var ada = new ReaderUser { DisplayName = "Ada <Reader>", UserName = "ada" };
        MarginNote[] notes =
        [
            Note(1, ada, "Iran sold", "Is *this* right? It's \"odd\".", ["tanks", "check"]),
            Note(2, ada, "Iran sold", "Yes, it's sourced.", [], parentId: 1),
            Note(3, ada, "officials said", "A passage that is gone.", [], orphaned: true),
        ];

        var json = AnnotationJson.Serialize(AnnotationExport.Collection(article, notes, path => BaseUrl + path)) + "\n";

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath, json);
            return;
        }

        Assert.Equal(File.ReadAllText(GoldenPath), json);
    }

    private static ClaimRecord Claim(string key, int position, string text, ClaimKind kind, double checkWorthiness)
    {
        var start = Source.IndexOf(text, StringComparison.Ordinal);
        return new ClaimRecord { Key = key, Position = position, Start = start, End = start + text.Length, Text = text, Kind = kind, CheckWorthiness = checkWorthiness };
    }

    private static MarginNote Note(int id, ReaderUser author, string quote, string body, List<string> tags, int? parentId = null, bool orphaned = false)
    {
        var start = Source.IndexOf(quote, StringComparison.Ordinal);
        var note = new MarginNote
        {
            Id = id,
            Slug = "a-b",
            AuthorId = "ada",
            Author = author,
            Body = body,
            Visibility = NoteVisibility.Public,
            CreatedAt = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero).AddMinutes(id),
            UpdatedAt = new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(4)).AddMinutes(id),
            ParentId = parentId,
            Tags = tags,
            QuoteExact = string.Empty,
            QuotePrefix = string.Empty,
            QuoteSuffix = string.Empty,
            AnchorStatus = orphaned ? AnchorStatus.Orphaned : AnchorStatus.Anchored,
        };
        note.SetAnchor(TextAnchor.Create(Source, new(start, start + quote.Length)));
        if (orphaned)
        {
            // The quote as it was in an older revision: the current source no longer holds it.
            note.SetAnchor(new TextAnchor(new QuoteSelector("officials once said", "in April 2014, ", ". The deal"), new PositionSelector(start, start + 19)));
        }

        return note;
    }
}
