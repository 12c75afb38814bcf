using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace ArticleReader.Pages.Articles.Annotations;

/// <summary>
/// One HTML element for the annotation renderers: attribute values and text are encoded when it is written, and the
/// attributes keep the order they were given in. <see cref="Microsoft.AspNetCore.Mvc.Rendering.TagBuilder"/> would
/// sort them, and the reading page's markup is compared byte for byte across revisions of this code.
/// </summary>
public sealed class Element(string name) : IHtmlContent
{
    private readonly List<(string Name, string Value)> _attributes = [];
    private readonly HtmlContentBuilder _content = new();
    private bool _isVoid;

    /// <summary>An element with no content and no end tag, such as <c>input</c>.</summary>
    public static Element Void(string name) => new(name) { _isVoid = true };

    /// <summary>The attribute, or nothing when <paramref name="value"/> is null.</summary>
    public Element Attribute(string attribute, string? value)
    {
        if (value is not null)
        {
            _attributes.Add((attribute, value));
        }

        return this;
    }

    public Element Attribute(string attribute, int value) => Attribute(attribute, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Text, encoded when written.</summary>
    public Element Text(string text)
    {
        _content.Append(text);
        return this;
    }

    public Element Content(IHtmlContent content)
    {
        _content.AppendHtml(content);
        return this;
    }

    /// <summary>Text written as it is: only for constants of this code, which hold nothing to escape.</summary>
    public Element Literal(string constant)
    {
        _content.AppendHtml(constant);
        return this;
    }

    /// <summary>The start tag alone, for a wrap whose content the nesting writer places.</summary>
    public IHtmlContent StartTag => new Tag(this, start: true);

    /// <summary>The end tag alone.</summary>
    public IHtmlContent EndTag => new Tag(this, start: false);

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        WriteStartTag(writer, encoder);
        if (!_isVoid)
        {
            _content.WriteTo(writer, encoder);
            WriteEndTag(writer);
        }
    }

    private void WriteStartTag(TextWriter writer, HtmlEncoder encoder)
    {
        writer.Write('<');
        writer.Write(name);
        foreach (var (attribute, value) in _attributes)
        {
            writer.Write(' ');
            writer.Write(attribute);
            writer.Write("=\"");
            encoder.Encode(writer, value);
            writer.Write('"');
        }

        writer.Write('>');
    }

    private void WriteEndTag(TextWriter writer)
    {
        writer.Write("</");
        writer.Write(name);
        writer.Write('>');
    }

    private sealed class Tag(Element element, bool start) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            if (start)
            {
                element.WriteStartTag(writer, encoder);
            }
            else
            {
                element.WriteEndTag(writer);
            }
        }
    }
}
