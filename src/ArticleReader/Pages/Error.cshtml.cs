using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Pages;

[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";

    public string Explanation { get; private set; } = "The page could not be shown. Please try again in a moment.";

    public void OnGet(int? status)
    {
        if (status is { } code)
        {
            Response.StatusCode = code;
        }

        (Heading, Explanation) = status switch
        {
            404 => ("Not found", "There is no page at this address."),
            400 => ("Bad request", "The address or form could not be understood."),
            403 => ("Not allowed", "You may not see or change this."),
            429 => ("Too many requests", "Please wait a moment before trying again."),
            _ => (Heading, Explanation),
        };
    }
}
