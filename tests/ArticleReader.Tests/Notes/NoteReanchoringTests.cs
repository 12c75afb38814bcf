using ArticleReader.Data;
using ArticleReader.Ingest;
using ArticleReader.Ingestion.Anchoring;
using ArticleReader.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Tests.Notes;

/// <summary>Notes follow their passages to a new revision, on a copy of the seed under its own slug.</summary>
public class NoteReanchoringTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>, IDisposable
{
    private const string Slug = "noted-copy";
    private const string Dropped = "Then president Aliyev has visited the Islamic Republic in April 2014.";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [ProviderFact]
    public async Task Re_ingesting_moves_notes_on_unchanged_text_and_orphans_notes_on_deleted_text_without_losing_them()
    {
        var original = await File.ReadAllTextAsync(RepositoryPaths.SeedArticle);
        var dropAt = original.IndexOf(Dropped, StringComparison.Ordinal);
        Assert.True(dropAt > 0);
        Assert.Equal(IngestOutcome.Created, (await factory.IngestAsync(_temp.File("original.txt", original), Slug)).Outcome);
        var kept = await factory.WithDbAsync(db => db.Sentences
            .Where(s => s.Start > dropAt + 200)
            .Join(db.Paragraphs, s => s.ParagraphId, p => p.Id, (s, p) => new { s, p })
            .Join(db.Sections, x => x.p.SectionId, section => section.Id, (x, section) => new { x.s, section.ArticleId })
            .Join(db.Articles.Where(a => a.Slug == Slug), x => x.ArticleId, a => a.Id, (x, _) => x.s)
            .OrderBy(s => s.Start)
            .FirstAsync());
        var alice = await ReaderSession.RegisterAsync(factory, "Alice Anchors");
        var onKept = await alice.AddNoteAsync(Slug, kept.Start, kept.End, "On a sentence that stays", "Public");
        var onDropped = await alice.AddNoteAsync(Slug, dropAt, dropAt + Dropped.Length, "On a sentence that goes", "Public");
        var firstRevision = await factory.WithDbAsync(db => db.Notes.Where(n => n.Id == onKept).Select(n => n.ArticleId).SingleAsync());

        var revised = original.Replace(Dropped + " ", string.Empty, StringComparison.Ordinal);
        var result = await factory.IngestAsync(_temp.File("revised.txt", revised), Slug);

        Assert.Equal(IngestOutcome.Revised, result.Outcome);
        var moved = await factory.WithDbAsync(db => db.Notes.SingleAsync(n => n.Id == onKept));
        Assert.Equal(result.Article.Id, moved.ArticleId);
        Assert.Equal(AnchorStatus.Anchored, moved.AnchorStatus);
        Assert.Equal(kept.Text, moved.QuoteExact);
        Assert.Equal(kept.Text, revised[moved.Start..moved.End]);
        Assert.Equal(kept.Start - Dropped.Length - 1, moved.Start);
        Assert.Equal(AnchorMatch.ExactNearby, moved.LastMatch);

        var orphan = await factory.WithDbAsync(db => db.Notes.SingleAsync(n => n.Id == onDropped));
        Assert.Equal(AnchorStatus.Orphaned, orphan.AnchorStatus);
        Assert.Equal(AnchorMatch.Orphaned, orphan.LastMatch);
        Assert.Equal(Dropped, orphan.QuoteExact);
        Assert.Equal((dropAt, dropAt + Dropped.Length), (orphan.Start, orphan.End));
        Assert.Equal(firstRevision, orphan.ArticleId);

        var page = await ReaderSession.Anonymous(factory).GetDocumentAsync($"/articles/{Slug}");
        Assert.Equal(kept.Text, page.GetElementById($"anchor-{onKept}")!.TextContent);
        var orphans = page.QuerySelector("section.orphaned-notes")!;
        Assert.Equal("Orphaned notes", orphans.QuerySelector("h2")!.TextContent);
        Assert.NotNull(orphans.QuerySelector($"article.margin-note#note-{onDropped}"));
        Assert.Contains(Dropped, orphans.QuerySelector("blockquote.orphan-quote")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.GetElementById($"anchor-{onDropped}"));
    }
}
