using System.Security.Claims;
using ArticleReader.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ArticleReader.Accounts;

/// <summary>Puts the display name in the sign-in cookie, so pages can greet the reader without a database query.</summary>
public sealed class ReaderClaimsFactory(UserManager<ReaderUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ReaderUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ReaderUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        return identity;
    }
}
