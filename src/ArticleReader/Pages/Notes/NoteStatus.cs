using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ArticleReader.Pages.Notes;

/// <summary>
/// Whether a request brings a one-time message about the reader's notes ("Saved", "Undo"), which travels in the
/// TempData cookie. Reading TempData always answers with a cookie (clearing it), and a page that sets one is not
/// output-cached, so it is read only when its cookie came; such a request is also never answered from the cache.
/// </summary>
public static class NoteStatus
{
    public static bool CameWith(HttpContext context) =>
        context.Request.Cookies.ContainsKey(context.RequestServices.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie.Name!);
}
