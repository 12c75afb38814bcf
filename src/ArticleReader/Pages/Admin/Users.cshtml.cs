using ArticleReader.Data;
using ArticleReader.Library;
using ArticleReader.Pages.Notes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Pages.Admin;

/// <summary>Admins manage accounts: make or unmake admins, and lock an account out (or let it back in).</summary>
[Authorize(Roles = Viewer.AdminRole)]
public sealed class UsersModel(ReaderDbContext db, UserManager<ReaderUser> users) : PageModel
{
    public IReadOnlyList<Account> Accounts { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var admins = (await users.GetUsersInRoleAsync(Viewer.AdminRole)).Select(u => u.Id).ToHashSet();
        var now = DateTimeOffset.UtcNow;
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd, Articles = db.Listings.Count(l => l.OwnerId == u.Id && l.ArchivedAt == null) })
            .ToListAsync(cancellationToken);
        Accounts = [.. accounts.Select(a => new Account(a.Id, a.Email ?? a.Id, a.DisplayName, admins.Contains(a.Id), a.LockoutEnd > now, a.Articles))];
    }

    public Task<IActionResult> OnPostAdminAsync(string id, bool admin) =>
        ChangeAsync(id, user => admin ? users.AddToRoleAsync(user, Viewer.AdminRole) : users.RemoveFromRoleAsync(user, Viewer.AdminRole));

    public Task<IActionResult> OnPostLockAsync(string id, bool locked) =>
        ChangeAsync(id, user => users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null));

    private async Task<IActionResult> ChangeAsync(string id, Func<ReaderUser, Task<IdentityResult>> change)
    {
        if (id == NoteAccess.ReaderId(User))
        {
            // An admin who locks themselves out or drops their own role could leave the site with none.
            Problem = "You cannot change your own account here.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await OnGetAsync(HttpContext.RequestAborted);
            return Page();
        }

        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        var result = await change(user);
        if (!result.Succeeded)
        {
            Problem = string.Join(" ", result.Errors.Select(e => e.Description));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await OnGetAsync(HttpContext.RequestAborted);
            return Page();
        }

        // Their sign-in cookie carries their roles: a new security stamp makes them sign in again.
        await users.UpdateSecurityStampAsync(user);
        return RedirectToPage();
    }

    public sealed record Account(string Id, string Email, string DisplayName, bool IsAdmin, bool IsLocked, int Articles);
}
