using Microsoft.AspNetCore.Identity;

namespace ArticleReader.Data;

/// <summary>A reader with an account: needed to write notes, not to read.</summary>
public sealed class ReaderUser : IdentityUser
{
    /// <summary>The name shown with the user's public notes; untrusted text, always encoded.</summary>
    public required string DisplayName { get; set; }
}
