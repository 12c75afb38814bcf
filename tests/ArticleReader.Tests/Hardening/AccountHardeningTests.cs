using System.Net;
using ArticleReader.Data;
using ArticleReader.Tests.Infrastructure;
using ArticleReader.Tests.Notes;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Tests.Hardening;

/// <summary>Accounts that do not leak: sign-up, sign-in and lockout answer alike for known and unknown emails, at the same cost.</summary>
public sealed class AccountHardeningTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    [Fact]
    public async Task Sign_up_answers_the_same_for_a_new_and_a_known_email_and_mails_each_address()
    {
        var known = await ReaderSession.RegisterAsync(factory);
        var fresh = $"fresh-{Guid.NewGuid():N}@example.org";

        var forKnown = await ReaderSession.Anonymous(factory).SignUpAsync(known.Email!, "Someone Else", "Other-Password-2");
        var forFresh = await ReaderSession.Anonymous(factory).SignUpAsync(fresh, "Someone Else", "Other-Password-2");

        Assert.Equal(forFresh.StatusCode, forKnown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, forKnown.StatusCode);
        Assert.False(forKnown.Headers.Contains("Set-Cookie") && forKnown.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("reader.auth", StringComparison.Ordinal)));
        string Main(string html, string email) => html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)].Replace(email, "EMAIL", StringComparison.Ordinal);
        Assert.Equal(Main(await forFresh.Content.ReadAsStringAsync(), fresh), Main(await forKnown.Content.ReadAsStringAsync(), known.Email!));
        Assert.Contains("Check your inbox", await forKnown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(factory.MailTo(known.Email!), m => m.Contains("already has one", StringComparison.Ordinal));
        Assert.Contains(factory.MailTo(fresh), m => m.Contains("/account/confirm?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unconfirmed_account_cannot_sign_in_and_a_wrong_password_does_not_say_it_exists()
    {
        var email = $"unconfirmed-{Guid.NewGuid():N}@example.org";
        var session = ReaderSession.Anonymous(factory);
        await session.SignUpAsync(email);

        Assert.Equal(await ErrorAsync(LoginAsync(session, email, "Wrong-Password-1")), await ErrorAsync(LoginAsync(session, $"nobody-{Guid.NewGuid():N}@example.org", "Wrong-Password-1")));
        Assert.Contains("Confirm your email", await ErrorAsync(LoginAsync(session, email, ReaderSession.Password)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task During_a_lockout_a_wrong_password_gets_the_usual_answer_and_only_the_right_one_is_told_to_wait()
    {
        var registered = await ReaderSession.RegisterAsync(factory);
        var session = ReaderSession.Anonymous(factory);
        for (var i = 0; i < 5; i++)
        {
            await LoginAsync(session, registered.Email!, $"Wrong-Password-{i}");
        }

        var wrongDuringLockout = await ErrorAsync(LoginAsync(session, registered.Email!, "Wrong-Password-9"));
        var unknown = await ErrorAsync(LoginAsync(session, $"nobody-{Guid.NewGuid():N}@example.org", "Wrong-Password-9"));
        var right = await ErrorAsync(LoginAsync(session, registered.Email!, ReaderSession.Password));

        Assert.Equal("The email or password is wrong.", wrongDuringLockout);
        Assert.Equal(unknown, wrongDuringLockout);
        Assert.Contains("Wait 5 minutes", right, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_sign_in_and_sign_up_path_costs_exactly_one_password_hash()
    {
        var hasher = new CountingHasher();
        using var counted = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<ReaderUser>>(hasher)));
        var registered = ReaderSession.Anonymous(counted);
        var email = $"counted-{Guid.NewGuid():N}@example.org";
        await registered.SignUpAsync(email);
        await registered.Client.GetAsync(new Uri(factory.ConfirmationLink(email), UriKind.Relative));
        var session = ReaderSession.Anonymous(counted);

        async Task<int> HashesOf(Func<Task> attempt)
        {
            var before = hasher.Count;
            await attempt();
            return hasher.Count - before;
        }

        var costs = new Dictionary<string, int>
        {
            ["unknown email"] = await HashesOf(() => LoginAsync(session, $"nobody-{Guid.NewGuid():N}@example.org", "Wrong-Password-1")),
            ["wrong password"] = await HashesOf(() => LoginAsync(session, email, "Wrong-Password-1")),
            ["right password"] = await HashesOf(() => LoginAsync(ReaderSession.Anonymous(counted), email, ReaderSession.Password)),
            ["sign-up, known email"] = await HashesOf(() => ReaderSession.Anonymous(counted).SignUpAsync(email)),
            ["sign-up, new email"] = await HashesOf(() => ReaderSession.Anonymous(counted).SignUpAsync($"new-{Guid.NewGuid():N}@example.org")),
        };
        for (var i = 0; i < 5; i++)
        {
            await LoginAsync(session, email, "Wrong-Password-2");
        }

        costs["wrong password, locked"] = await HashesOf(() => LoginAsync(session, email, "Wrong-Password-3"));
        costs["right password, locked"] = await HashesOf(() => LoginAsync(session, email, ReaderSession.Password));

        Assert.All(costs, cost => Assert.True(cost.Value == 1, $"{cost.Key}: {cost.Value} hashes"));
    }

    [Theory]
    [InlineData("/\t/evil.example/")]
    [InlineData("/\n/evil.example/")]
    [InlineData("/\r\n/evil.example")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://evil.example/")]
    public async Task A_return_url_that_is_not_local_or_holds_a_control_character_falls_back_to_the_library(string returnUrl)
    {
        var registered = await ReaderSession.RegisterAsync(factory);
        var session = ReaderSession.Anonymous(factory);

        var response = await session.SubmitAsync(
            "/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl),
            "form.account-form",
            new() { ["Input.Email"] = registered.Email!, ["Input.Password"] = ReaderSession.Password, ["ReturnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Sign_up_carries_a_local_return_url_through_the_confirmation_link_and_drops_a_hostile_one()
    {
        var email = $"return-{Guid.NewGuid():N}@example.org";
        var session = ReaderSession.Anonymous(factory);
        await session.SignUpAsync(email, url: "/account/register?returnUrl=" + Uri.EscapeDataString(HtmlPages.SeedUrl));
        var confirmed = await session.Client.GetAsync(new Uri(factory.ConfirmationLink(email), UriKind.Relative));
        Assert.Equal(HtmlPages.SeedUrl, confirmed.Headers.Location!.OriginalString);

        var hostile = $"hostile-{Guid.NewGuid():N}@example.org";
        await session.SignUpAsync(hostile, url: "/account/register?returnUrl=" + Uri.EscapeDataString("/\t/evil.example"));
        Assert.Equal("/", (await session.Client.GetAsync(new Uri(factory.ConfirmationLink(hostile), UriKind.Relative))).Headers.Location!.OriginalString);
    }

    private static Task<HttpResponseMessage> LoginAsync(ReaderSession session, string email, string password) =>
        session.SubmitAsync("/account/login", "form.account-form", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    private static async Task<string> ErrorAsync(Task<HttpResponseMessage> response) =>
        (await ReaderSession.ParseAsync(await response)).QuerySelector(".form-errors")!.TextContent.Trim();

    private sealed class CountingHasher : IPasswordHasher<ReaderUser>
    {
        private readonly PasswordHasher<ReaderUser> _inner = new();
        private int _count;

        public int Count => _count;

        public string HashPassword(ReaderUser user, string password)
        {
            Interlocked.Increment(ref _count);
            return _inner.HashPassword(user, password);
        }

        public PasswordVerificationResult VerifyHashedPassword(ReaderUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _count);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
