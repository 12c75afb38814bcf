using Microsoft.AspNetCore.Mvc;

namespace ArticleReader.Accounts;

/// <summary>The one check of a return URL (sign-in, sign-up, confirmation): it must stay on this site.</summary>
public static class ReturnUrls
{
    public const string Fallback = "/";

    /// <summary>
    /// <paramref name="returnUrl"/> when <see cref="IUrlHelper.IsLocalUrl"/> accepts it and it holds no control character
    /// (a tab or line feed after the first <c>/</c> would otherwise be read by browsers as <c>//</c>, another host); else <c>/</c>.
    /// </summary>
    public static string Safe(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && !returnUrl.Any(char.IsControl) && url.IsLocalUrl(returnUrl) ? returnUrl : Fallback;
}
