using System.ComponentModel.DataAnnotations;
using ArticleReader.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ArticleReader.Pages.Account;

[AccountAttempt]
public sealed partial class LoginModel(PasswordSignIn signIn, IOptions<IdentityOptions> identity, ILogger<LoginModel> logger) : PageModel
{
    public const string Refused = "The email or password is wrong.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() => ReturnUrl = ReturnUrls.Safe(Url, ReturnUrl);

    public async Task<IActionResult> OnPostAsync()
    {
        ReturnUrl = ReturnUrls.Safe(Url, ReturnUrl);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (outcome, user) = await signIn.SignInAsync(Input.Email, Input.Password);
        switch (outcome)
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(ReturnUrl);
            case SignInOutcome.LockedOut:
                LogLockedOut(logger, user!.Id);
                var minutes = Math.Max(1, (int)Math.Ceiling(identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes));
                ModelState.AddModelError(string.Empty, $"This account is locked after too many failed sign-ins. Wait {minutes} minutes, then sign in again.");
                break;
            case SignInOutcome.NotConfirmed:
                ModelState.AddModelError(string.Empty, "Confirm your email first: open the link in the message we sent when you created the account.");
                break;
            default:
                ModelState.AddModelError(string.Empty, Refused);
                break;
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
