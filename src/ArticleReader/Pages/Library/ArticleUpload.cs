using System.Text;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Formats;
using ArticleReader.Library;

namespace ArticleReader.Pages.Library;

/// <summary>
/// Turns what a reader hands in (a file, pasted text, an address) into a checked <see cref="ArticleSubmission"/>,
/// with the command line's checks and words (<see cref="SourceDecoder"/>) for anything that cannot become an article.
/// </summary>
public static class ArticleUpload
{
    /// <summary>What the upload forms accept: a little more than an article, so an oversized file gets its own message.</summary>
    public const long MaxRequestBytes = SourceDecoder.MaxBytes + (1024 * 1024);

    /// <exception cref="LibraryRefusal">Why the file cannot become an article.</exception>
    public static async Task<ArticleSubmission> FromFileAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || string.IsNullOrEmpty(file.FileName))
        {
            throw new LibraryRefusal("Choose a file to upload: a .txt, .md or .html article.");
        }

        var name = Path.GetFileName(file.FileName);
        if (!ArticleFormats.Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
        {
            throw new LibraryRefusal($"{name} is not a .txt, .md or .html file.");
        }

        try
        {
            SourceDecoder.CheckSize(file.Length);
        }
        catch (IngestionException e)
        {
            throw new LibraryRefusal(e.Message);
        }

        using var bytes = new MemoryStream();
        await file.CopyToAsync(bytes, cancellationToken);
        return new ArticleSubmission(Decode(bytes.ToArray()), ArticleFormats.FromExtension(name), name);
    }

    /// <summary>Pasted text, read as Markdown or plain text as the reader says.</summary>
    public static ArticleSubmission FromText(string? text, bool markdown)
    {
        var bytes = Encoding.UTF8.GetBytes(text ?? string.Empty);
        var format = markdown ? ArticleFormat.Markdown : ArticleFormat.PlainText;
        return new ArticleSubmission(Decode(bytes), format, markdown ? "pasted.md" : "pasted.txt");
    }

    public static async Task<ArticleSubmission> FromAddressAsync(UrlImporter importer, string? address, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            throw new LibraryRefusal("Give the address (http or https) of the article's page.");
        }

        try
        {
            var page = await importer.FetchAsync(address, cancellationToken);
            return new ArticleSubmission(page.Source, page.Format, page.SourceName, page.Url.AbsoluteUri, page.FetchedAt);
        }
        catch (ImportRefusedException e)
        {
            throw new LibraryRefusal(e.Message);
        }
        catch (IngestionException e)
        {
            throw new LibraryRefusal(e.Message);
        }
    }

    private static string Decode(byte[] bytes)
    {
        try
        {
            return SourceDecoder.Decode(bytes);
        }
        catch (IngestionException e)
        {
            throw new LibraryRefusal(e.Message);
        }
    }
}
