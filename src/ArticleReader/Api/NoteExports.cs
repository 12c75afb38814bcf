using System.Globalization;
using System.Security.Claims;
using System.Text;
using ArticleReader.Data;
using ArticleReader.Ingest;
using ArticleReader.Library;
using ArticleReader.Notes;
using ArticleReader.Notes.WebAnnotation;
using ArticleReader.Pages.Articles;

namespace ArticleReader.Api;

/// <summary>
/// Notes out of the app: an article's annotations as a W3C Web Annotation collection (the notes the caller may see
/// and the article's claims), and a reader's own notes as Markdown. Neither is output-cached: both depend on the caller.
/// </summary>
public static class NoteExports
{
    public static IEndpointRouteBuilder MapNoteExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/articles/{slug}/annotations", AnnotationsAsync);
        app.MapGet("/account/notes.md", MarkdownAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> AnnotationsAsync(string slug, HttpContext context, ArticleStore store, NoteStore notes, CancellationToken cancellationToken)
    {
        if (await store.LoadDocumentAsync(slug, cancellationToken) is not { } article)
        {
            return ArticleAccess.NoSuchArticle(slug);
        }

        var readerId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var visible = await notes.VisibleNotesAsync(slug, readerId, cancellationToken: cancellationToken);
        var collection = AnnotationExport.Collection(article, visible, path => PageUrls.Absolute(context.Request, path));
        return Results.Text(AnnotationJson.Serialize(collection), AnnotationJson.ContentType, Encoding.UTF8);
    }

    /// <summary>The signed-in reader's own notes, article by article, each with its quote and a link to its passage.</summary>
    private static async Task<IResult> MarkdownAsync(HttpContext context, NoteStore notes, CancellationToken cancellationToken)
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
