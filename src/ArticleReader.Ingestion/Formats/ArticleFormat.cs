namespace ArticleReader.Ingestion.Formats;

/// <summary>How an article file is written.</summary>
public enum ArticleFormat
{
    PlainText,
    Markdown,
    Html,
}

public static class ArticleFormats
{
    /// <summary>The extensions of the article files the app ingests, in the order of <see cref="ArticleFormat"/>.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm"];

    /// <summary>The format a file's extension names; any other extension is read as plain text.</summary>
    public static ArticleFormat FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => ArticleFormat.Markdown,
        ".html" or ".htm" => ArticleFormat.Html,
        _ => ArticleFormat.PlainText,
    };

    public static IArticleLayoutReader LayoutReader(ArticleFormat format) => format switch
    {
        ArticleFormat.Markdown => MarkdownLayoutReader.Instance,
        ArticleFormat.Html => HtmlLayoutReader.Instance,
        _ => PlainTextLayoutReader.Instance,
    };
}
