using System.ComponentModel.DataAnnotations;
using ArticleReader.Data;
using ArticleReader.Notes;

namespace ArticleReader.Pages.Notes;

/// <summary>The fields of the note form.</summary>
public sealed class NoteInput
{
    [Required(ErrorMessage = "Write something in the note.")]
    [StringLength(MarginNote.MaxBodyLength, ErrorMessage = "A note can be at most 10,000 characters long.")]
    [NoteBody]
    public string Body { get; set; } = string.Empty;

    public NoteVisibility Visibility { get; set; } = NoteVisibility.Private;

    /// <summary>Comma-separated.</summary>
    [StringLength(500)]
    public string? Tags { get; set; }

    public NoteDraft ToDraft() => new(Body.Trim(), Visibility, Data.Tags.Normalize(Tags));
}
