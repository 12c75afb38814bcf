using ArticleReader.Data;
using Microsoft.AspNetCore.Identity;

namespace ArticleReader.Accounts;

public static class AccountServices
{
    public const string LoginPath = "/account/login";

    /// <summary>ASP.NET Core Identity on the reader database, with a cookie and the pages in <c>Pages/Account</c>.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddIdentity<ReaderUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // Identity's default password rules and lockout (5 failures, 5 minutes) stay; lockout also applies to new accounts.
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<ReaderDbContext>()
            .AddClaimsPrincipalFactory<ReaderClaimsFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = LoginPath;
            o.LogoutPath = "/account/logout";
            o.Cookie.Name = "reader.auth";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            // There is no access-denied page: a signed-in reader who may not do something gets a plain 403.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>A return URL that stays on this site, so the login form cannot be used to send readers elsewhere.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
