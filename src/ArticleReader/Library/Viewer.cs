using System.Security.Claims;

namespace ArticleReader.Library;

/// <summary>Who is asking for an article: a signed-in reader (with their id), an admin, or nobody in particular.</summary>
public sealed record Viewer(string? UserId, bool IsAdmin)
{
    public const string AdminRole = "admin";

    public static readonly Viewer Anonymous = new(null, false);

    public static Viewer Of(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? new Viewer(user.FindFirstValue(ClaimTypes.NameIdentifier), user.IsInRole(AdminRole))
            : Anonymous;
}
