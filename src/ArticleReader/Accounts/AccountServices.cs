using ArticleReader.Data;
using ArticleReader.Library;
using Microsoft.AspNetCore.Identity;

namespace ArticleReader.Accounts;

public static class AccountServices
{
    public const string LoginPath = "/account/login";

    /// <summary>ASP.NET Core Identity on the reader database, with a cookie and the pages in <c>Pages/Account</c>.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var baseFolder = RepositoryLayout.BaseFolder(environment.ContentRootPath);
        services.AddOptions<AccountOptions>()
            .Bind(configuration.GetSection(AccountOptions.SectionName))
            .PostConfigure(o => o.MailPickupPath = Path.GetFullPath(o.MailPickupPath, baseFolder))
            .Validate(o => o.AttemptsPerWindow > 0 && o.AttemptWindow > TimeSpan.Zero, "Accounts:AttemptsPerWindow and Accounts:AttemptWindow must be positive")
            .ValidateOnStart();
        services.AddIdentity<ReaderUser, IdentityRole>(Rules)
            .AddEntityFrameworkStores<ReaderDbContext>()
            .AddClaimsPrincipalFactory<ReaderClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<DummyPasswordHash>();
        services.AddSingleton<AccountMail>();
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
        services.AddSignInCookieShortcuts();
        return services;
    }

    /// <summary>The account rules, the same for the web app and the <c>admin</c> command.</summary>
    public static void Rules(IdentityOptions options)
    {
        options.User.RequireUniqueEmail = true;
        // Sign-up answers the same for a new and a known email, so the account is proven by its confirmation link.
        options.SignIn.RequireConfirmedEmail = true;
        // Identity's default password rules and lockout (5 failures, 5 minutes) stay; lockout also applies to new accounts.
        options.Lockout.AllowedForNewUsers = true;
    }

    /// <summary>
    /// Makes the admin role, and makes admins of the accounts whose email <c>Accounts:Admins</c> lists (at start-up
    /// for existing accounts; <see cref="ReaderClaimsFactory"/> does it for accounts made later).
    /// </summary>
    public static async Task PrepareRolesAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(Viewer.AdminRole))
        {
            await roles.CreateAsync(new IdentityRole(Viewer.AdminRole));
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ReaderUser>>();
        foreach (var email in ConfiguredAdmins(scope.ServiceProvider.GetRequiredService<IConfiguration>()))
        {
            if (await users.FindByEmailAsync(email) is { } user && !await users.IsInRoleAsync(user, Viewer.AdminRole))
            {
                await users.AddToRoleAsync(user, Viewer.AdminRole);
            }
        }
    }

    /// <summary>The emails of <c>Accounts:Admins</c>.</summary>
    public static IReadOnlyList<string> ConfiguredAdmins(IConfiguration configuration) =>
        configuration.GetSection("Accounts:Admins").Get<string[]>() ?? [];
}
