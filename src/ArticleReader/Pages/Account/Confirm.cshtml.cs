using ArticleReader.Accounts;
using ArticleReader.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Pages.Account;

/// <summary>The link of the confirmation message: confirms the email, signs the reader in and goes on to the return URL.</summary>
public sealed class ConfirmModel(UserManager<ReaderUser> users, SignInManager<ReaderUser> signIn) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? user, string? code, string? returnUrl)
    {
        if (user is not null && code is not null && await users.FindByIdAsync(user) is { } reader
            && (await users.ConfirmEmailAsync(reader, code)).Succeeded)
        {
            await signIn.SignInAsync(reader, isPersistent: false);
            return LocalRedirect(ReturnUrls.Safe(Url, returnUrl));
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
