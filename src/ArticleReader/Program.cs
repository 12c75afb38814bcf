using ArticleReader;
using ArticleReader.Evaluation;
using ArticleReader.Ingest;

// One entry point: "ingest" and "evaluate" run the command line, anything else serves the web app.
if (args is ["ingest", .. var ingestArgs])
{
    return await IngestCommand.RunAsync(ingestArgs, Console.Out, Console.Error);
}

if (args is ["evaluate", .. var evaluateArgs])
{
    return EvaluateCommand.Run(evaluateArgs, Console.Out, Console.Error);
}

// The content root is the app's own folder (build or publish output), not the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UseStaticWebAssets();
builder.Services.AddArticleReader(builder.Configuration, builder.Environment);
builder.Services.AddRazorPages();
builder.Services.AddResponseCompression(o => o.EnableForHttps = true);

var app = builder.Build();
await app.Services.PrepareDatabaseAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}

app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
app.UseResponseCompression();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
await app.RunAsync();
return 0;

/// <summary>Visible to the integration tests' <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
