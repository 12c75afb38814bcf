using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace ArticleReader.Pages.Articles.Annotations;

public static class Markup
{
    /// <summary>
    /// The content written once with <paramref name="encoder"/>: rendered paragraphs are cached and sent many times,
    /// so they are kept as the finished markup rather than as the pieces that build it.
    /// </summary>
    public static HtmlString Write(IHtmlContent content, HtmlEncoder encoder, int capacity = 256)
    {
        using var writer = new StringWriter(new StringBuilder(capacity), System.Globalization.CultureInfo.InvariantCulture);
        content.WriteTo(writer, encoder);
        return new HtmlString(writer.ToString());
    }
}
