using System.ComponentModel.DataAnnotations;
using ArticleReader.Accounts;
using ArticleReader.Data;
using ArticleReader.Pages.Articles;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Pages.Account;

/// <summary>
/// Sign-up. It answers "check your inbox" whether or not the email has an account: a new account gets a confirmation
/// link, an existing one a note that it exists. Password rules are checked first, for both, so their errors reveal nothing.
/// </summary>
[AccountAttempt]
public sealed partial class RegisterModel(UserManager<ReaderUser> users, AccountMail mail, ILogger<RegisterModel> logger) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The address the message went to, once the form is accepted.</summary>
    public string? SentTo { get; private set; }

    public void OnGet() => ReturnUrl = ReturnUrls.Safe(Url, ReturnUrl);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ReturnUrl = ReturnUrls.Safe(Url, ReturnUrl);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new ReaderUser { UserName = Input.Email, Email = Input.Email, DisplayName = Input.DisplayName.Trim() };
        var weak = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            weak.AddRange((await validator.ValidateAsync(users, user, Input.Password)).Errors);
        }

        if (weak.Count > 0)
        {
            foreach (var error in weak)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        if (await users.FindByEmailAsync(Input.Email) is { } existing)
        {
            // The hash a new account costs, spent here too, so the two answers also take the same time.
            users.PasswordHasher.HashPassword(existing, Input.Password);
            await mail.SendAlreadyRegisteredAsync(Input.Email, PageUrls.Absolute(Request, $"/account/login?returnUrl={Uri.EscapeDataString(ReturnUrl)}"), cancellationToken);
        }
        else
        {
            var created = await users.CreateAsync(user, Input.Password);
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors)
                {
                    ModelState.AddModelError(string.Empty, error.Description);
                }

                return Page();
            }

            LogRegistered(logger, user.Id);
            var code = await users.GenerateEmailConfirmationTokenAsync(user);
            var link = $"/account/confirm?user={Uri.EscapeDataString(user.Id)}&code={Uri.EscapeDataString(code)}&returnUrl={Uri.EscapeDataString(ReturnUrl)}";
            await mail.SendConfirmationAsync(Input.Email, PageUrls.Absolute(Request, link), cancellationToken);
        }

        SentTo = Input.Email;
        return Page();
    }

    [LoggerMessage(LogLevel.Information, "Reader {UserId} registered")]
    private static partial void LogRegistered(ILogger logger, string userId);

    public sealed class RegisterInput
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; set; } = string.Empty;

        [Required, StringLength(100, MinimumLength = 1)]
        [Display(Name = "Display name")]
        public string DisplayName { get; set; } = string.Empty;

        [Required, DataType(DataType.Password), StringLength(200)]
        public string Password { get; set; } = string.Empty;
    }
}
