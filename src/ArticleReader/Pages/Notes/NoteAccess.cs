using System.Security.Claims;
using ArticleReader.Data;
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
}
