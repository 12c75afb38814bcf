using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ArticleReader.Tests.Browser;

/// <summary>
/// What the browser tests saw: screenshots and page HTML in <c>TestResults/screenshots/</c> under the test output
/// folder (<c>tests/ArticleReader.Tests/bin/&lt;configuration&gt;/net10.0/</c>). Each saved path is written to the
/// test's output (<c>dotnet test --logger "console;verbosity=detailed"</c> prints it).
/// </summary>
public sealed class TestArtifacts(ITestOutputHelper output)
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>Saves a full-page screenshot and the page's HTML as <c>{name}.png</c> and <c>{name}.html</c>.</summary>
    public async Task SavePageAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var png = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = png, FullPage = true });
        output.WriteLine($"screenshot: {png}  ({page.Url})");

        var html = Path.Combine(Folder, name + ".html");
        await File.WriteAllTextAsync(html, await page.ContentAsync());
        output.WriteLine($"html:       {html}");
    }

    /// <summary>Saves a text file (for example an axe report) as <paramref name="fileName"/>.</summary>
    public async Task SaveTextAsync(string fileName, string text)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, fileName);
        await File.WriteAllTextAsync(path, text);
        output.WriteLine($"saved:      {path}");
    }

    /// <summary>Saves bytes (for example a printed PDF) as <paramref name="fileName"/>.</summary>
    public async Task SaveBytesAsync(string fileName, byte[] bytes)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, fileName);
        await File.WriteAllBytesAsync(path, bytes);
        output.WriteLine($"saved:      {path}");
    }
}
