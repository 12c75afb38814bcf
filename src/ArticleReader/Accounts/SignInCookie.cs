using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ArticleReader.Accounts;

/// <summary>
/// Reading the sign-in cookie on every request of a signed-in reader, made cheap, so their (output-cached) pages are
/// served nearly as fast as anonymous ones. Two steps used to dominate it: decrypting the cookie, and resolving
/// Identity's security-stamp validator (with a user manager and a database context) only to find that the stamp is
/// not due for a check. The rules themselves are Identity's, unchanged.
/// </summary>
public static class SignInCookie
{
    /// <summary>
    /// Decrypted sign-in cookies remembered, at most: one per signed-in reader active within
    /// <see cref="RememberedFor"/>; when it is full, cookies are decrypted as before until entries expire.
    /// </summary>
    public const int RememberedCookies = 20_000;

    /// <summary>
    /// How long a decrypted cookie is remembered: short, so that a revoked data-protection key stops the cookies it
    /// protected within this time (expiry and the security stamp are checked on every request regardless).
    /// </summary>
    public static readonly TimeSpan RememberedFor = TimeSpan.FromMinutes(5);

    public static IServiceCollection AddSignInCookieShortcuts(this IServiceCollection services)
    {
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure(cookie =>
            {
                cookie.TicketDataFormat = new RememberedTickets(cookie.TicketDataFormat);
                cookie.Events.OnValidatePrincipal = ValidateStampWhenDueAsync;
            });
        return services;
    }

    /// <summary>
    /// Identity's security-stamp check, only when it is due: the validator skips tickets issued within its interval, so
    /// the same test here spares resolving it (and a database context) on every request.
    /// </summary>
    private static Task ValidateStampWhenDueAsync(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return context.Properties.IssuedUtc is { } issued && now - issued <= options.ValidationInterval
            ? Task.CompletedTask
            : SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>
    /// The cookie's data format, remembering what each exact cookie decrypts to. Every caller gets its own copy of the
    /// ticket, since the cookie handler and the stamp check may replace parts of it.
    /// </summary>
    private sealed class RememberedTickets(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>
    {
        private readonly MemoryCache _tickets = new(new MemoryCacheOptions { SizeLimit = RememberedCookies });

        public string Protect(AuthenticationTicket data) => inner.Protect(data);

        public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            if (protectedText is null)
            {
                return null;
            }

            var key = (protectedText, purpose);
            if (_tickets.TryGetValue(key, out AuthenticationTicket? remembered) && remembered is not null)
            {
                return remembered.Clone();
            }

            var ticket = inner.Unprotect(protectedText, purpose);
            if (ticket is not null)
            {
                _tickets.Set(key, ticket.Clone(), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = RememberedFor });
            }

            return ticket;
        }
    }
}
