using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleReader.Data;
using ArticleReader.Ingest;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Anchoring;
using ArticleReader.Library;
using ArticleReader.Pages.Articles;

namespace ArticleReader.Notes;

/// <summary>
/// Notes out of the app: an article's annotations as a W3C Web Annotation collection (the notes the caller may see
/// and the article's claims), and a reader's own notes as Markdown. Neither is output-cached: both depend on the caller.
/// </summary>
public static class NoteExports
{
    public const string AnnotationContentType = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";

    public static IEndpointRouteBuilder MapNoteExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/articles/{slug}/annotations", AnnotationsAsync);
        app.MapGet("/account/notes.md", MarkdownAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> AnnotationsAsync(string slug, HttpContext context, ArticleStore store, NoteService notes, CancellationToken cancellationToken)
    {
        if (await store.LoadDocumentAsync(slug, cancellationToken) is not { } article)
        {
            return ArticleAccess.NoSuchArticle(slug);
        }

        string Url(string path) => PageUrls.Absolute(context.Request, path);
        var articleUrl = Url(ArticleLinks.Article(slug));
        var readerId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var items = new JsonArray();
        foreach (var note in await notes.VisibleNotesAsync(slug, readerId, cancellationToken: cancellationToken))
        {
            var annotation = new JsonObject
            {
                ["id"] = Url(ArticleLinks.Note(slug, note.Id)),
                ["type"] = "Annotation",
                ["motivation"] = note.ParentId is null ? "commenting" : "replying",
                ["created"] = note.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
                ["modified"] = note.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
                ["creator"] = new JsonObject { ["type"] = "Person", ["name"] = note.Author.DisplayName },
                ["body"] = new JsonObject { ["type"] = "TextualBody", ["value"] = note.Body, ["format"] = "text/markdown" },
            };
            if (note.Tags.Count > 0)
            {
                JsonNode[] bodies = [annotation["body"]!.DeepClone(), .. note.Tags.Select(t => new JsonObject { ["type"] = "TextualBody", ["purpose"] = "tagging", ["value"] = t })];
                annotation["body"] = new JsonArray(bodies);
            }

            // A reply targets the note it answers; a note whose passage is gone keeps the selectors of its original quote.
            annotation["target"] = note.ParentId is { } parentId
                ? Url(ArticleLinks.Note(slug, parentId))
                : Target(articleUrl, note.ToAnchor());
            items.Add(annotation);
        }

        foreach (var claim in article.Claims.OrderBy(c => c.Position))
        {
            items.Add(new JsonObject
            {
                ["id"] = Url(ArticleLinks.Claim(slug, claim.Key)),
                ["type"] = "Annotation",
                ["motivation"] = "assessing",
                ["body"] = new JsonObject
                {
                    ["type"] = "TextualBody",
                    ["purpose"] = "assessing",
                    ["format"] = "text/plain",
                    ["value"] = string.Create(CultureInfo.InvariantCulture, $"{claim.Kind} claim, check-worthiness {claim.CheckWorthiness:0.00}"),
                },
                ["target"] = Target(articleUrl, TextAnchor.Create(article.SourceText, new TextSpan(claim.Start, claim.End))),
            });
        }

        var collectionUrl = Url(ArticleLinks.Annotations(slug));
        var collection = new JsonObject
        {
            ["@context"] = "http://www.w3.org/ns/anno.jsonld",
            ["id"] = collectionUrl,
            ["type"] = "AnnotationCollection",
            ["label"] = $"Readers' notes and claims of “{article.Title ?? slug}”, revision {article.Revision}",
            ["total"] = items.Count,
            ["first"] = new JsonObject
            {
                ["id"] = collectionUrl + "#page-1",
                ["type"] = "AnnotationPage",
                ["partOf"] = collectionUrl,
                ["startIndex"] = 0,
                ["items"] = items,
            },
        };
        return Results.Text(collection.ToJsonString(JsonOptions), AnnotationContentType, Encoding.UTF8);
    }

    private static JsonObject Target(string articleUrl, TextAnchor anchor) => new()
    {
        ["source"] = articleUrl,
        ["selector"] = new JsonArray(
            new JsonObject
            {
                ["type"] = "TextQuoteSelector",
                ["exact"] = anchor.Quote.Exact,
                ["prefix"] = anchor.Quote.Prefix,
                ["suffix"] = anchor.Quote.Suffix,
            },
            new JsonObject { ["type"] = "TextPositionSelector", ["start"] = anchor.Position.Start, ["end"] = anchor.Position.End }),
    };

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    /// <summary>The signed-in reader's own notes, article by article, each with its quote and a link to its passage.</summary>
    private static async Task<IResult> MarkdownAsync(HttpContext context, NoteService notes, CancellationToken cancellationToken)
    {
        var readerId = context.User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var markdown = new StringBuilder("# My notes\n");
        foreach (var article in (await notes.OwnNotesAsync(readerId, cancellationToken)).GroupBy(n => n.Slug))
        {
            markdown.Append(CultureInfo.InvariantCulture, $"\n## [{article.Key}]({PageUrls.Absolute(context.Request, ArticleLinks.Article(article.Key))})\n");
            foreach (var note in article)
            {
                markdown.Append('\n').Append(Quote(note.QuoteExact)).Append("\n\n");
                var passage = note.AnchorStatus == AnchorStatus.Anchored
                    ? $"[passage]({PageUrls.Absolute(context.Request, ArticleLinks.SourcePassage(note.Slug, note.Start, note.End))})"
                    : "passage no longer in the article (orphaned)";
                var tags = note.Tags.Count == 0 ? string.Empty : " · " + string.Join(' ', note.Tags.Select(t => "#" + t));
                var kind = note.ParentId is null ? note.Visibility.ToString().ToLowerInvariant() : "reply";
                markdown.Append(CultureInfo.InvariantCulture, $"{passage} · {kind} · {note.CreatedAt:yyyy-MM-dd}{tags}\n\n")
                    .Append(note.Body.Trim()).Append('\n');
            }
        }

        return Results.Text(markdown.ToString(), "text/markdown; charset=utf-8");
    }

    /// <summary>A Markdown block quote of article text: every line quoted.</summary>
    private static string Quote(string text) => string.Join('\n', text.Split('\n').Select(line => "> " + line.TrimEnd('\r')));
}
