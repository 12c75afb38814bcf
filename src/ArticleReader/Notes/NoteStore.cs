using ArticleReader.Data;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Anchoring;
using ArticleReader.Ingestion.Text;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Notes;

/// <summary>What a reader writes: the passage is given separately, as a source range or a note to reply to.</summary>
public sealed record NoteDraft(string Body, NoteVisibility Visibility, IReadOnlyList<string> Tags);

/// <summary>Why a passage cannot carry a note, in words for the reader.</summary>
public sealed record RangeProblem(string Reason);

/// <summary>Writes and reads readers' notes, enforcing who may see and change what.</summary>
public sealed partial class NoteStore(ReaderDbContext db, IEnumerable<IArticleChangeListener> listeners, TimeProvider clock, ILogger<NoteStore> logger)
{
    /// <summary>
    /// Null when <c>[start, end)</c> is a passage of the source that a note can quote, or why not: a note quotes
    /// text, so besides the checks of every source range a passage of white space only is refused.
    /// </summary>
    public static RangeProblem? CheckRange(string source, int start, int end) =>
        SourceRange.Check(source, start, end, mustHoldText: true) is { } reason ? new RangeProblem(reason) : null;

    public async Task<MarginNote> AddAsync(Article revision, TextSpan span, string authorId, NoteDraft draft, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var note = new MarginNote
        {
            Slug = revision.Slug,
            ArticleId = revision.Id,
            AuthorId = authorId,
            Body = draft.Body,
            Visibility = draft.Visibility,
            Tags = [.. draft.Tags],
            CreatedAt = now,
            UpdatedAt = now,
            QuoteExact = string.Empty,
            QuotePrefix = string.Empty,
            QuoteSuffix = string.Empty,
            AnchorStatus = AnchorStatus.Anchored,
        };
        note.SetAnchor(TextAnchor.Create(revision.SourceText, span));
        db.Notes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        LogAdded(logger, note.Id, note.Slug, authorId);
        await EvictAsync(note.Slug, cancellationToken);
        return note;
    }

    /// <summary>A reply: public, on the same passage as the note it answers (which must be a public first note).</summary>
    public async Task<MarginNote> ReplyAsync(MarginNote parent, string authorId, string body, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var reply = new MarginNote
        {
            Slug = parent.Slug,
            ArticleId = parent.ArticleId,
            AuthorId = authorId,
            Body = body,
            Visibility = NoteVisibility.Public,
            ParentId = parent.Id,
            CreatedAt = now,
            UpdatedAt = now,
            QuoteExact = parent.QuoteExact,
            QuotePrefix = parent.QuotePrefix,
            QuoteSuffix = parent.QuoteSuffix,
            Start = parent.Start,
            End = parent.End,
            AnchorStatus = parent.AnchorStatus,
            LastMatch = parent.LastMatch,
            LastMatchScore = parent.LastMatchScore,
        };
        db.Notes.Add(reply);
        await db.SaveChangesAsync(cancellationToken);
        LogAdded(logger, reply.Id, reply.Slug, authorId);
        await EvictAsync(reply.Slug, cancellationToken);
        return reply;
    }

    /// <summary>The note if <paramref name="readerId"/> (null when anonymous) may see it (<see cref="NoteVisibilityRule"/>).</summary>
    public Task<MarginNote?> FindVisibleAsync(string slug, int id, string? readerId, CancellationToken cancellationToken = default) =>
        db.Notes.VisibleTo(readerId).Include(n => n.Author).FirstOrDefaultAsync(n => n.Slug == slug && n.Id == id, cancellationToken);

    /// <summary>
    /// The notes of an article that the reader may see (<see cref="NoteVisibilityRule"/>), replies included, oldest
    /// first, with their authors; with a tag, only the threads whose first note has it.
    /// </summary>
    public async Task<IReadOnlyList<MarginNote>> VisibleNotesAsync(string slug, string? readerId, string? tag = null, CancellationToken cancellationToken = default)
    {
        var notes = await db.Notes.VisibleTo(readerId).Where(n => n.Slug == slug).Include(n => n.Author).OrderBy(n => n.Id).AsNoTracking().ToListAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(tag))
        {
            return notes;
        }

        var wanted = tag.Trim().ToLowerInvariant();
        var roots = notes.Where(n => n.ParentId is null && n.Tags.Contains(wanted)).Select(n => n.Id).ToHashSet();
        return [.. notes.Where(n => roots.Contains(n.ParentId ?? n.Id))];
    }

    /// <summary>The reader's own notes, every article, for the Markdown export.</summary>
    public async Task<IReadOnlyList<MarginNote>> OwnNotesAsync(string readerId, CancellationToken cancellationToken = default) =>
        await db.Notes.Where(n => n.AuthorId == readerId).OrderBy(n => n.Slug).ThenBy(n => n.Start).ThenBy(n => n.Id).AsNoTracking().ToListAsync(cancellationToken);

    public async Task UpdateAsync(MarginNote note, NoteDraft draft, CancellationToken cancellationToken = default)
    {
        note.Body = draft.Body;
        // A reply stays public: it is part of a public thread.
        note.Visibility = note.ParentId is null ? draft.Visibility : NoteVisibility.Public;
        note.Tags = note.ParentId is null ? [.. draft.Tags] : [];
        note.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await EvictAsync(note.Slug, cancellationToken);
    }

    public async Task DeleteAsync(MarginNote note, CancellationToken cancellationToken = default)
    {
        db.Notes.Remove(note);
        await db.SaveChangesAsync(cancellationToken);
        LogDeleted(logger, note.Id, note.Slug);
        await EvictAsync(note.Slug, cancellationToken);
    }

    /// <summary>A first note and its replies (or a reply alone), as they are stored, to keep for an undo before deleting.</summary>
    public async Task<IReadOnlyList<MarginNote>> ThreadOfAsync(MarginNote note, CancellationToken cancellationToken = default) =>
        await db.Notes.Where(n => n.Id == note.Id || n.ParentId == note.Id).OrderBy(n => n.Id).AsNoTracking().ToListAsync(cancellationToken);

    /// <summary>Puts back notes <see cref="DeleteAsync"/> removed, with their ids, so every link to them works again.</summary>
    public async Task RestoreAsync(IReadOnlyList<MarginNote> thread, CancellationToken cancellationToken = default)
    {
        foreach (var note in thread.OrderBy(n => n.ParentId.HasValue).ThenBy(n => n.Id))
        {
            db.Notes.Add(note);
        }

        await db.SaveChangesAsync(cancellationToken);
        LogRestored(logger, thread.Count, thread[0].Slug);
        await EvictAsync(thread[0].Slug, cancellationToken);
    }

    private Task EvictAsync(string slug, CancellationToken cancellationToken) =>
        listeners.ArticleChangedAsync(slug, ArticleChange.Notes, cancellationToken);

    [LoggerMessage(LogLevel.Information, "Note {NoteId} added to {Slug} by {UserId}")]
    private static partial void LogAdded(ILogger logger, int noteId, string slug, string userId);

    [LoggerMessage(LogLevel.Information, "{Count} deleted notes of {Slug} restored")]
    private static partial void LogRestored(ILogger logger, int count, string slug);

    [LoggerMessage(LogLevel.Information, "Note {NoteId} of {Slug} deleted")]
    private static partial void LogDeleted(ILogger logger, int noteId, string slug);
}
