using System.Linq.Expressions;
using ArticleReader.Data;

namespace ArticleReader.Notes;

/// <summary>
/// The one rule for who may see a note, used by every reader of notes (pages, threads, permalinks, exports, the API,
/// search, Open Graph tags, counts and the anonymous cache). A note is seen by its author, and by everyone when it is
/// public. A reply belongs to its thread: once the note it answers is not public, the reply is not public either and
/// is seen only by its author when that author also wrote the note answered.
/// </summary>
public static class NoteVisibilityRule
{
    public static IQueryable<MarginNote> VisibleTo(this IQueryable<MarginNote> notes, string? readerId) => notes.Where(IsVisibleTo(readerId));

    public static Expression<Func<MarginNote, bool>> IsVisibleTo(string? readerId) => n =>
        (n.Visibility == NoteVisibility.Public || (readerId != null && n.AuthorId == readerId))
        && (n.ParentId == null
            || n.Parent!.Visibility == NoteVisibility.Public
            || (readerId != null && n.Parent.AuthorId == readerId && n.AuthorId == readerId));
}
