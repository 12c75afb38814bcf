using System.Net;
using ArticleReader.Tests.Infrastructure;

namespace ArticleReader.Tests.Notes;

public class AccountTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    [ProviderFact]
    public async Task Registering_signs_in_with_the_display_name_and_logging_out_signs_out()
    {
        var session = await ReaderSession.RegisterAsync(factory, "Grace Hopper");

        var page = await session.GetDocumentAsync("/");
        Assert.Contains("Grace Hopper", page.QuerySelector(".account-nav .signed-in")!.TextContent, StringComparison.Ordinal);

        var response = await session.SubmitAsync("/", "form.inline-form", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        page = await session.GetDocumentAsync("/");
        Assert.Null(page.QuerySelector(".account-nav .signed-in"));
        Assert.NotNull(page.QuerySelector(".account-nav a[href='/account/login']"));
    }

    [ProviderFact]
    public async Task Logging_in_with_the_right_password_signs_in_and_a_wrong_one_says_so()
    {
        var registered = await ReaderSession.RegisterAsync(factory);
        var session = ReaderSession.Anonymous(factory);

        var wrong = await session.SubmitAsync("/account/login", "form.account-form", new() { ["Input.Email"] = registered.Email!, ["Input.Password"] = "Wrong-Password-1" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("The email or password is wrong.", (await ReaderSession.ParseAsync(wrong)).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);

        var right = await session.SubmitAsync(
            "/account/login?returnUrl=%2Farticles%2F" + HtmlPages.SeedSlug,
            "form.account-form",
            new() { ["Input.Email"] = registered.Email!, ["Input.Password"] = ReaderSession.Password });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HtmlPages.SeedUrl, right.Headers.Location!.OriginalString);
    }

    [ProviderFact]
    public async Task A_return_url_to_another_site_is_not_followed()
    {
        var registered = await ReaderSession.RegisterAsync(factory);
        var session = ReaderSession.Anonymous(factory);

        var response = await session.SubmitAsync(
            "/account/login?returnUrl=%2F%2Fevil.example%2F",
            "form.account-form",
            new() { ["Input.Email"] = registered.Email!, ["Input.Password"] = ReaderSession.Password });

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [ProviderFact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var registered = await ReaderSession.RegisterAsync(factory);
        var session = ReaderSession.Anonymous(factory);
        for (var i = 0; i < 5; i++)
        {
            await session.SubmitAsync("/account/login", "form.account-form", new() { ["Input.Email"] = registered.Email!, ["Input.Password"] = $"Wrong-Password-{i}" });
        }

        var response = await session.SubmitAsync("/account/login", "form.account-form", new() { ["Input.Email"] = registered.Email!, ["Input.Password"] = ReaderSession.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked", (await ReaderSession.ParseAsync(response)).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task Registering_with_a_weak_password_is_refused_with_Identity_rules()
    {
        var session = ReaderSession.Anonymous(factory);

        var response = await session.SubmitAsync("/account/register", "form.account-form", new()
        {
            ["Input.Email"] = $"weak-{Guid.NewGuid():N}@example.org",
            ["Input.DisplayName"] = "Weak",
            ["Input.Password"] = "password",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("digit", (await ReaderSession.ParseAsync(response)).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task Logging_out_without_the_antiforgery_token_is_a_400()
    {
        var session = await ReaderSession.RegisterAsync(factory);

        var response = await session.PostAsync("/account/logout", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
