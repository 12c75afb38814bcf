using ArticleReader.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ArticleReader.Tests.Browser;

/// <summary>Every browser test class joins this collection, so one server and one Chromium serve them all.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// The real app on Kestrel at <c>http://127.0.0.1:{free port}</c> (the same <see cref="ReaderAppFactory"/> as the
/// page tests, over a SQLite file in a scratch folder, migrations applied and the seeds ingested at start-up), and one headless Chromium driven by Playwright through its executable path.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private ReaderAppFactory? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly TempFolder _database = new();

    /// <summary>
    /// How long a navigation may take (ms). In the full suite the server shares two cores with ingests and load tests,
    /// and CI once saw a note form take over 20 s to arrive.
    /// </summary>
    public const float NavigationTimeout = 45_000;

    /// <summary>Where the app listens, for example <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress => _app?.ClientOptions.BaseAddress ?? throw NotStarted();

    public async Task InitializeAsync()
    {
        if (!BrowserEnvironment.IsBrowserAvailable)
        {
            if (BrowserEnvironment.IsBrowserRequired)
            {
                throw new InvalidOperationException(BrowserEnvironment.MissingBrowserFailure);
            }

            // Every [BrowserFact] is skipped: start nothing.
            return;
        }

        // What this run's browser tests saw, and nothing older.
        if (Directory.Exists(TestArtifacts.Folder))
        {
            Directory.Delete(TestArtifacts.Folder, recursive: true);
        }

        // A database file, as in production: background ingest workers write while the pages' requests do.
        _app = new ReaderAppFactory();
        _app.Settings["ConnectionStrings:Default"] = $"Data Source={Path.Combine(_database.Path, "reader.db")}";
        _app.UseKestrel(0); // 0: a free port, on 127.0.0.1
        _app.StartServer();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = BrowserEnvironment.LaunchArgs,
        });
    }

    /// <summary>The path of the confirmation link the server mailed to <paramref name="email"/>.</summary>
    public string ConfirmationLink(string email) => (_app ?? throw NotStarted()).ConfirmationLink(email);

    /// <summary>Queries the server's database (for rows a test sets up that no page makes, such as a job in progress).</summary>
    public Task<T> WithDbAsync<T>(Func<ArticleReader.Data.ReaderDbContext, Task<T>> query) => (_app ?? throw NotStarted()).WithDbAsync(query);

    /// <summary>
    /// Signs a new reader up through the form in <paramref name="page"/>, then follows the confirmation link the app
    /// mailed, which signs them in; returns the email.
    /// </summary>
    public async Task<string> RegisterAsync(IPage page, string name)
    {
        var email = $"reader-{Guid.NewGuid():N}@example.org";
        await page.GotoAsync("/account/register");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_DisplayName", name);
        await page.FillAsync("#Input_Password", "Correct-Horse-9");
        await page.ClickAsync("form.account-form button[type=submit]");
        await page.WaitForSelectorAsync("p.notice[role=status]");
        await page.GotoAsync(ConfirmationLink(email));
        await page.WaitForPageAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
        return email;
    }

    /// <summary>A client for the same server (for the JSON API).</summary>
    public HttpClient CreateClient() => (_app ?? throw NotStarted()).CreateClient();

    /// <summary>A fresh browser context (own cookies and storage) with the given viewport; dispose it at the end of the test.</summary>
    /// <param name="javaScript">False to see the pages as a reader without scripts does.</param>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await (_browser ?? throw NotStarted()).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ReducedMotion = ReducedMotion.Reduce,
            Locale = "en-GB",
            JavaScriptEnabled = javaScript,
        });

        // Short enough that a missing element fails a test quickly, long enough for two shared cores; a navigation gets longer.
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(NavigationTimeout);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _database.Dispose();
    }

    private static InvalidOperationException NotStarted() =>
        new(BrowserEnvironment.IsBrowserAvailable ? "The browser fixture has not started." : BrowserEnvironment.SkipReason);
}
