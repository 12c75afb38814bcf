using ArticleReader.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Pages.Account;

/// <summary>Signing out is a POST with the antiforgery token, so another site cannot sign a reader out.</summary>
public sealed class LogoutModel(SignInManager<ReaderUser> signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
