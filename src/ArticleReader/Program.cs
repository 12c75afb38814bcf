using ArticleReader;
using ArticleReader.Accounts;
using ArticleReader.Api;
using ArticleReader.Evaluation;
using ArticleReader.Ingest;
using ArticleReader.Library;
using ArticleReader.Notes;
using ArticleReader.Pages.Articles;
using ArticleReader.ShareCards;
using ArticleReader.Web;
using Microsoft.AspNetCore.ResponseCompression;

// The trained models come first: a missing or corrupt file is one line and exit code 2, never a fallback to rules.
if (!ModelFiles.Load(Console.Error))
{
    return 2;
}

// One entry point: "ingest", "admin" and "evaluate" run the command line, anything else serves the web app.
if (args is ["ingest", .. var ingestArgs])
{
    return await IngestCommand.RunAsync(ingestArgs, Console.Out, Console.Error, showProgress: !Console.IsErrorRedirected);
}

if (args is ["admin", .. var adminArgs])
{
    return await AdminCommand.RunAsync(adminArgs, Console.In, Console.Out, Console.Error);
}

if (args is ["evaluate", .. var evaluateArgs])
{
    return EvaluateCommand.Run(evaluateArgs, Console.Out, Console.Error);
}

// The content root is the app's own folder (build or publish output), not the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UseStaticWebAssets();
builder.Services.AddArticleReader(builder.Configuration, builder.Environment);
builder.Services.AddArticlePages();
builder.Services.AddPublicBaseUrl(builder.Environment);
builder.Services.AddTrustedProxies();
builder.Services.AddAccounts(builder.Configuration, builder.Environment);
builder.Services.AddNotes(builder.Configuration);
builder.Services.AddLibrary(builder.Configuration);
builder.Services.AddRateLimits();
builder.Services.AddPageCaching();
builder.Services.AddSharedInstances(builder.Configuration);
// No client-side validation script is used, and without this an empty validation summary carries an inline style
// (a hidden list item) that the security policy blocks.
builder.Services.AddRazorPages().AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
builder.Services.AddResponseCompression(o =>
{
    // Forms carry antiforgery tokens, but Data Protection encrypts each one afresh (random key modifier and IV) on every
    // response, so a compression side channel (BREACH), which needs a secret repeated across responses, has none to find.
    o.EnableForHttps = true;
    o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["text/javascript", "application/problem+json", "image/svg+xml"]);
});

var app = builder.Build();
// Roles too are made under the start-up lock: two instances starting at once would both find the role missing.
await app.Services.PrepareDatabaseAsync(then: services => services.PrepareRolesAsync());
// Made now rather than on the first sign-in with an unknown email, which would otherwise take twice as long.
app.Services.GetRequiredService<DummyPasswordHash>();

// First, so that every later stage sees the client address a trusted proxy reports (and only such a proxy).
app.UseForwardedHeaders();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}

app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");

// After the error handlers, so that the pages they re-execute get the headers as well.
app.UseSecurityHeaders();
app.UseResponseCompression();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseArticleAccess();

// After authentication: signed-in readers see their own notes and must never get (or fill) the anonymous cache.
app.UseOutputCache();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapArticleApi();
app.MapNoteExports();
app.MapLibraryEndpoints();
app.MapShareCards();
await app.RunAsync();
return 0;

/// <summary>Visible to the integration tests' <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
