using ArticleReader.Data;
using ArticleReader.Tests.Infrastructure;
using ArticleReader.Tests.Notes;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ArticleReader.Tests.Accounts;

/// <summary>
/// The sign-in cookie is decrypted once and then remembered, and the security stamp is checked only when due: neither
/// shortcut may keep a reader signed in whom Identity's own rules sign out. The sign-in clock is a fake one.
/// </summary>
public sealed class SignInCookieTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_reader_whose_security_stamp_changed_is_signed_out_once_it_is_due_for_a_check_though_their_cookie_is_remembered()
    {
        using var app = WithClock();
        var (session, email) = await SignedInAsync(app);
        Assert.True(await IsSignedInAsync(session));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ReaderUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(email))!);
        }

        // Within Identity's interval the stamp is not checked, with or without the shortcut; after it, it is.
        Assert.True(await IsSignedInAsync(session));
        _clock.Advance(new SecurityStampValidatorOptions().ValidationInterval + TimeSpan.FromMinutes(1));
        Assert.False(await IsSignedInAsync(session));
    }

    [Fact]
    public async Task A_remembered_cookie_is_refused_once_its_ticket_has_expired()
    {
        using var app = WithClock();
        var (session, _) = await SignedInAsync(app);
        Assert.True(await IsSignedInAsync(session));

        _clock.Advance(new CookieAuthenticationOptions().ExpireTimeSpan + TimeSpan.FromMinutes(1));

        Assert.False(await IsSignedInAsync(session));
    }

    /// <summary>The app with the fake clock behind sign-in cookies and the security-stamp check.</summary>
    private WebApplicationFactory<Program> WithClock() =>
        factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o => o.TimeProvider = _clock);
            s.Configure<SecurityStampValidatorOptions>(o => o.TimeProvider = _clock);
        }));

    /// <summary>A new reader, signed in through the sign-up form and the mailed confirmation link.</summary>
    private async Task<(ReaderSession Session, string Email)> SignedInAsync(WebApplicationFactory<Program> app)
    {
        var email = $"cookie-{Guid.NewGuid():N}@example.org";
        var session = ReaderSession.Anonymous(app);
        await session.SignUpAsync(email);
        await session.Client.GetAsync(new Uri(factory.ConfirmationLink(email), UriKind.Relative));
        return (session, email);
    }

    private static async Task<bool> IsSignedInAsync(ReaderSession session) =>
        (await session.Client.GetStringAsync(new Uri("/", UriKind.Relative))).Contains("Signed in as", StringComparison.Ordinal);
}
