using System.Security.Claims;
using ArticleReader.Data;
using ArticleReader.Library;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ArticleReader.Accounts;

/// <summary>Puts the display name and roles in the sign-in cookie, so pages can greet the reader without a database query.</summary>
public sealed class ReaderClaimsFactory(UserManager<ReaderUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, IConfiguration configuration)
    : UserClaimsPrincipalFactory<ReaderUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ReaderUser user)
    {
        // An account whose email the configuration names an admin becomes one as it signs in (the role is then real).
        if (user.Email is { } email && AccountServices.ConfiguredAdmins(configuration).Contains(email, StringComparer.OrdinalIgnoreCase)
            && !await UserManager.IsInRoleAsync(user, Viewer.AdminRole))
        {
            await UserManager.AddToRoleAsync(user, Viewer.AdminRole);
        }

        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        return identity;
    }
}
