using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ArticleReader.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ArticleReader.Tests.Notes;

/// <summary>
/// A browser-like client of the app under test: keeps cookies, follows no redirects, and submits forms as a browser
/// would, with every field of the form (the antiforgery token included) and the values a test fills in.
/// </summary>
public sealed class ReaderSession
{
    public const string Password = "Correct-Horse-9";

    private ReaderSession(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    public string? Email { get; private set; }

    public static ReaderSession Anonymous(WebApplicationFactory<Program> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A new account with a unique email, signed in by following the confirmation link mailed on sign-up.</summary>
    public static async Task<ReaderSession> RegisterAsync(ReaderAppFactory factory, string displayName = "Ada Reader", string? email = null)
    {
        var session = Anonymous(factory);
        session.Email = email ?? $"reader-{Guid.NewGuid():N}@example.org";
        var response = await session.SignUpAsync(session.Email, displayName);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var confirmed = await session.Client.GetAsync(new Uri(factory.ConfirmationLink(session.Email), UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        return session;
    }

    /// <summary>Posts the sign-up form.</summary>
    public Task<HttpResponseMessage> SignUpAsync(string email, string displayName = "Ada Reader", string password = Password, string url = "/account/register") =>
        SubmitAsync(url, "form.account-form", new()
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = displayName,
            ["Input.Password"] = password,
        });
    /// <summary>Opens <paramref name="url"/>, fills the form and submits it as multipart, with a file in <paramref name="fileField"/>.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string url, string formSelector, string fileField, string fileName, byte[] file, Dictionary<string, string> values)
    {
        var (_, page) = await Client.GetPageAsync(url);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"no {formSelector} in {url}");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in FormFields(form, values))
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new ByteArrayContent(file), fileField, fileName);
        return await Client.PostAsync(new Uri(form.GetAttribute("action") is { Length: > 0 } action ? action : url, UriKind.Relative), content);
    }

    public async Task<IDocument> GetDocumentAsync(string url)
    {
        var (_, page) = await Client.GetPageAsync(url);
        return page;
    }

    /// <summary>Opens <paramref name="url"/>, fills the form <paramref name="formSelector"/> and submits it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, string formSelector, Dictionary<string, string> values)
    {
        var (response, page) = await Client.GetPageAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"no {formSelector} in {url}");
        return await PostAsync(form.GetAttribute("action") is { Length: > 0 } action ? action : url, FormFields(form, values));
    }

    public async Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await Client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>Adds a note through the form and returns its id, read from the redirect to its passage, <c>#anchor-{id}</c>.</summary>
    public async Task<int> AddNoteAsync(string slug, int start, int end, string body, string visibility = "Private", string tags = "")
    {
        var response = await SubmitAsync($"/articles/{slug}/notes/new?start={start}&end={end}", "form.note-form", new()
        {
            ["Input.Body"] = body,
            ["Input.Visibility"] = visibility,
            ["Input.Tags"] = tags,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return int.Parse(location[(location.IndexOf("#anchor-", StringComparison.Ordinal) + 8)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The antiforgery token of the first form with one on <paramref name="url"/>.</summary>
    public async Task<string> TokenAsync(string url)
    {
        var page = await GetDocumentAsync(url);
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    private static List<KeyValuePair<string, string>> FormFields(IHtmlFormElement form, Dictionary<string, string> values)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[name], textarea[name]"))
        {
            var name = input.GetAttribute("name")!;
            if (values.ContainsKey(name) || input.GetAttribute("type") == "file"
                || (input.GetAttribute("type") is "radio" or "checkbox" && !input.HasAttribute("checked")))
            {
                continue;
            }

            fields.Add(new(name, input is IHtmlTextAreaElement area ? area.Value : input.GetAttribute("value") ?? string.Empty));
        }

        fields.AddRange(values);
        return fields;
    }
}
