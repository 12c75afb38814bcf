using System.ComponentModel.DataAnnotations;
using ArticleReader.Accounts;
using ArticleReader.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Pages.Account;

public sealed partial class LoginModel(UserManager<ReaderUser> users, SignInManager<ReaderUser> signIn, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The same message whether the email is unknown or the password wrong, so the form does not reveal accounts.
        if (await users.FindByEmailAsync(Input.Email) is not { } user)
        {
            ModelState.AddModelError(string.Empty, "The email or password is wrong.");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(AccountServices.SafeReturnUrl(ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            LogLockedOut(logger, user.Id);
            ModelState.AddModelError(string.Empty, "This account is locked after too many failed sign-ins. Try again in a few minutes.");
        }
        else
        {
            ModelState.AddModelError(string.Empty, "The email or password is wrong.");
        }

        return Page();
    }

    [LoggerMessage(LogLevel.Warning, "Reader {UserId} is locked out")]
    private static partial void LogLockedOut(ILogger logger, string userId);

    public sealed class LoginInput
    {
        [Required, EmailAddress]
        public string Email { get; set; } = string.Empty;

        [Required, DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;
    }
}
