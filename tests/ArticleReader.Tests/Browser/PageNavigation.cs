using Microsoft.Playwright;

namespace ArticleReader.Tests.Browser;

/// <summary>Waiting for the page a click, key or form sends the browser to.</summary>
public static class PageNavigation
{
    /// <summary>How often the page's address is looked at while waiting for it to change.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Waits until the page's address satisfies <paramref name="url"/> and that document has loaded, within the
    /// context's navigation timeout unless <paramref name="timeout"/> (ms) says otherwise.
    /// </summary>
    /// <remarks>
    /// Playwright's own <c>WaitForURLAsync</c> looks at the address and then subscribes to the navigation and load
    /// events, so an event that arrives in between is lost and the wait runs out although the page is there
    /// (playwright-dotnet issue 3364); here it failed about one run in fifteen. Polling the address, then the
    /// document's ready state inside the page, has no such gap.
    /// </remarks>
    public static async Task WaitForPageAsync(this IPage page, Func<string, bool> url, float? timeout = null)
    {
        var limit = TimeSpan.FromMilliseconds(timeout ?? BrowserFixture.NavigationTimeout);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!url(page.Url))
        {
            if (waited.Elapsed > limit)
            {
                throw new TimeoutException($"The page stayed at {page.Url} for {limit.TotalSeconds:F0} s: no navigation to the address expected.");
            }

            await Task.Delay(PollInterval);
        }

        var left = (float)Math.Max(1, (limit - waited.Elapsed).TotalMilliseconds);
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'", null, new PageWaitForFunctionOptions { Timeout = left });
    }
}
