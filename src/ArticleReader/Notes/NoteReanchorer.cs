using ArticleReader.Data;
using ArticleReader.Ingestion.Anchoring;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Notes;

/// <summary>
/// Moves every note of an article onto a new revision's source, inside the ingest transaction (as an
/// <see cref="IArticleChangeListener"/>), so a revision is never stored with notes still pointing at the old one. A note whose quote is
/// no longer found is orphaned with its original quote and position, and tried again at the next revision.
/// </summary>
public sealed partial class NoteReanchorer(ReaderDbContext db, TextAnchorer anchorer, ILogger<NoteReanchorer> logger) : IArticleChangeListener
{
    public Task ChangeStoringAsync(Article current, ArticleChange change, CancellationToken cancellationToken) =>
        change == ArticleChange.Revision ? ReanchorAsync(current, cancellationToken) : Task.CompletedTask;

    public async Task ReanchorAsync(Article revision, CancellationToken cancellationToken = default)
    {
        var notes = await db.Notes.Where(n => n.Slug == revision.Slug && n.ArticleId != revision.Id).ToListAsync(cancellationToken);
        if (notes.Count == 0)
        {
            return;
        }

        var orphaned = 0;
        foreach (var note in notes)
        {
            var result = anchorer.Reanchor(revision.SourceText, note.ToAnchor());
            note.LastMatch = result.Match;
            note.LastMatchScore = result.Score;
            if (result.Span is { } span)
            {
                note.SetAnchor(TextAnchor.Create(revision.SourceText, span));
                note.ArticleId = revision.Id;
                note.AnchorStatus = AnchorStatus.Anchored;
            }
            else
            {
                note.AnchorStatus = AnchorStatus.Orphaned;
                orphaned++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        LogReanchored(logger, notes.Count, revision.Slug, revision.Revision, orphaned);
    }

    [LoggerMessage(LogLevel.Information, "{Count} notes of {Slug} re-anchored to revision {Revision}, {Orphaned} orphaned")]
    private static partial void LogReanchored(ILogger logger, int count, string slug, int revision, int orphaned);
}
