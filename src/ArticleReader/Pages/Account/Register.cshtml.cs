using System.ComponentModel.DataAnnotations;
using ArticleReader.Accounts;
using ArticleReader.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Pages.Account;

public sealed partial class RegisterModel(UserManager<ReaderUser> users, SignInManager<ReaderUser> signIn, ILogger<RegisterModel> logger) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

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

        var user = new ReaderUser { UserName = Input.Email, Email = Input.Email, DisplayName = Input.DisplayName.Trim() };
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
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(AccountServices.SafeReturnUrl(ReturnUrl));
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
