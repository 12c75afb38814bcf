using ArticleReader.Data;
using ArticleReader.Ingestion.Text;
using ArticleReader.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;

namespace ArticleReader.Pages.Articles;

/// <summary>
/// The verbatim source text of the current revision, line by line. <c>?char=START,END</c> highlights a passage;
/// a range that cannot be read, is reversed, empty or outside the text is answered with 400 and a sentence saying
/// why, above the whole text unhighlighted (a page rather than an error: the text is still worth showing).
/// </summary>
[OutputCache(PolicyName = PageCaching.SourceView)]
public sealed class SourceModel(ReaderDbContext db, SourceTextRenderer renderer) : ArticlePageModel
{
    /// <summary>The revision's text, verbatim.</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>Lower-case hex SHA-256 of the text as UTF-8.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public SourceRange? Passage { get; private set; }

    /// <summary>The lines the passage starts and ends on, counted from 1.</summary>
    public (int First, int Last) PassageLines { get; private set; }

    public string? Problem { get; private set; }

    public IHtmlContent Lines { get; private set; } = HtmlString.Empty;

    public int LineCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var text = await db.Articles.Where(a => a.Id == Revision.Id).Select(a => new { a.SourceText, a.Sha256 }).SingleAsync(cancellationToken);
        (Text, Sha256) = (text.SourceText, text.Sha256);
        var lines = SourceTextRenderer.Lines(Text).ToList();
        LineCount = lines.Count;
        // An empty "?char=" asks for nothing, as no parameter does (and shares its cache entry). Several values are
        // not one range: joined with ';' they fail to parse and say so.
        if (Request.Query.TryGetValue("char", out var values) && !StringValues.IsNullOrEmpty(values))
        {
            var range = string.Join(';', values.ToArray());
            if (SourceRange.TryParse(range, Text, out var passage, out var problem))
            {
                Passage = passage;
                PassageLines = (lines.FindIndex(l => passage.Start < l.Next) + 1, lines.FindIndex(l => passage.End <= l.Next) + 1);
            }
            else
            {
                Problem = problem;
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }

        Lines = renderer.Render(Text, Passage);
    }
}
