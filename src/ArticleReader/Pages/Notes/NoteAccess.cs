using System.Security.Claims;
using ArticleReader.Data;
using ArticleReader.Notes;
using Microsoft.AspNetCore.Mvc;

namespace ArticleReader.Pages.Notes;

public static class NoteAccess
{
    public static string ReaderId(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Note pages require a signed-in reader.");

    /// <summary>
    /// Null when the reader wrote the note and may change it; otherwise 404 for a note they may not see (null here:
    /// found with the visibility rule, so a private note's existence is not revealed) and 403 for someone else's.
    /// </summary>
    public static IActionResult? RefuseChange(MarginNote? note, string readerId) =>
        note is null ? new NotFoundResult()
        : note.AuthorId != readerId ? new StatusCodeResult(StatusCodes.Status403Forbidden)
        : null;

    /// <summary>The note for its author to change, or (note null) the refusal <see cref="RefuseChange"/> gives anyone else.</summary>
    public static async Task<(MarginNote Note, IActionResult? Refused)> FindOwnAsync(
        NoteStore notes, string slug, int id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var readerId = ReaderId(user);
        var note = await notes.FindVisibleAsync(slug, id, readerId, cancellationToken);
        return RefuseChange(note, readerId) is { } refused ? (null!, refused) : (note!, null);
    }
}
