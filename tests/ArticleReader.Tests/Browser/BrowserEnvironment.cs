namespace ArticleReader.Tests.Browser;

/// <summary>
/// Where the browser tests find Chromium, and what they do without it. They drive the system's Chromium
/// (Debian's <c>chromium</c> package), never a browser downloaded by Playwright.
/// </summary>
public static class BrowserEnvironment
{
    /// <summary>Overrides the Chromium executable (default <see cref="DefaultChromiumPath"/>).</summary>
    public const string ChromiumPathVariable = "CHROMIUM_PATH";

    /// <summary>When <c>1</c> (as in <c>.ci/run</c>), a missing browser fails the browser tests instead of skipping them.</summary>
    public const string RequireBrowserVariable = "REQUIRE_BROWSER";

    public const string DefaultChromiumPath = "/usr/bin/chromium";

    /// <summary>The flags Chromium is launched with: no sandbox (containers), no GPU, and no traffic of its own.</summary>
    public static IReadOnlyList<string> LaunchArgs { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumPathVariable) is { Length: > 0 } path ? path : DefaultChromiumPath;

    public static bool IsBrowserRequired => Environment.GetEnvironmentVariable(RequireBrowserVariable) == "1";

    public static bool IsBrowserAvailable => File.Exists(ChromiumPath);

    /// <summary>The reason given for skipped browser tests.</summary>
    public static string SkipReason =>
        $"Browser test skipped: Chromium was not found at {ChromiumPath}. Install it with `apt-get install -y chromium` "
        + $"(or set {ChromiumPathVariable} to a Chromium executable); set {RequireBrowserVariable}=1 to make a missing browser a failure.";

    /// <summary>The failure when <see cref="RequireBrowserVariable"/> is 1 and there is no browser.</summary>
    public static string MissingBrowserFailure =>
        $"{RequireBrowserVariable}=1 but Chromium was not found at {ChromiumPath}. Install it with `apt-get install -y chromium` "
        + $"(or set {ChromiumPathVariable} to a Chromium executable). Playwright's own browser download is not used.";
}
