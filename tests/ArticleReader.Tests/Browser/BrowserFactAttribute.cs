namespace ArticleReader.Tests.Browser;

/// <summary>
/// A test that needs Chromium. xunit 2 has no dynamic skip, so the attribute decides when tests are discovered:
/// without a browser the test is skipped with <see cref="BrowserEnvironment.SkipReason"/>, unless
/// <c>REQUIRE_BROWSER=1</c>, in which case it runs and <see cref="BrowserFixture"/> fails it with a clear message.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserEnvironment.IsBrowserAvailable && !BrowserEnvironment.IsBrowserRequired)
        {
            Skip = BrowserEnvironment.SkipReason;
        }
    }
}
