using System.Net;
using ArticleReader.Tests.Infrastructure;
using ArticleReader.Tests.Notes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Tests.Hardening;

/// <summary>Sign-in and sign-up attempts per client, with the limit lowered through configuration (10 a minute by default).</summary>
public sealed class AttemptLimitTests : IClassFixture<ReaderAppFactory>
{
    private readonly ReaderAppFactory _factory;

    public AttemptLimitTests(ReaderAppFactory factory)
    {
        factory.Settings["Accounts:AttemptsPerWindow"] = "3";
        factory.Settings["Accounts:AttemptWindow"] = "00:10:00";
        _factory = factory;
    }

    [Fact]
    public async Task Attempts_past_the_limit_are_429_with_Retry_After_whatever_X_Forwarded_For_says_and_reading_is_unaffected()
    {
        // The test server leaves the client address empty, which the forwarded-headers middleware would trust: give it one.
        using var app = _factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, ClientAddress>()));
        var session = ReaderSession.Anonymous(app);
        var token = await session.TokenAsync("/account/login");
        HttpResponseMessage Post(string path, int attempt)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token,
                    ["Input.Email"] = $"guess-{attempt}@example.org",
                    ["Input.Password"] = "Guess-Password-1",
                    ["Input.DisplayName"] = "Guess",
                }),
            };
            // A client's own forwarded header names another address each time: no configured proxy, so it counts for nothing.
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{attempt}");
            return session.Client.SendAsync(request).GetAwaiter().GetResult();
        }

        var allowed = new[] { Post("/account/login", 1), Post("/account/login", 2), Post("/account/register", 3) };
        var refused = Post("/account/login", 4);
        var refusedSignUp = Post("/account/register", 5);
        Assert.True(allowed.All(r => r.StatusCode == HttpStatusCode.OK), string.Join(' ', allowed.Append(refused).Append(refusedSignUp).Select(r => (int)r.StatusCode)));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedSignUp.StatusCode);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 600);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync(new Uri("/account/login", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync(new Uri(HtmlPages.SeedUrl, UriKind.Relative))).StatusCode);
    }

    private sealed class ClientAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.10");
                return following(context);
            });
            next(app);
        };
    }
}
