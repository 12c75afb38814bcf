using System.Text;

namespace ArticleReader.Ingestion;

/// <summary>Turns the bytes of an article file into its verbatim source text, or says plainly why it cannot.</summary>
public static class SourceDecoder
{
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes UTF-8 without its byte-order mark. Everything else is kept as it is (line endings, quotes,
    /// dashes), because every stored offset points into this exact text.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            throw TooLarge(bytes.Length);
        }

        if (bytes.Length == 0)
        {
            throw new IngestionException("the file is empty");
        }

        if (bytes.IndexOf((byte)0) is var nul and >= 0)
        {
            throw new IngestionException($"the file is binary (a NUL byte at offset {nul}), not a text article");
        }

        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? $" at byte {e.Index}" : string.Empty;
            throw new IngestionException($"the file is not UTF-8 text (an invalid byte{offset}); save it as UTF-8 and try again");
        }

        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                throw new IngestionException($"the file is binary (control character U+{(int)c:X4}), not a text article");
            }
        }

        if (!text.Any(char.IsLetterOrDigit))
        {
            throw new IngestionException("the file has no line of text");
        }

        return text;
    }

    public static string ReadFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new IngestionException($"{path} is a folder, not an article file");
        }

        if (!File.Exists(path))
        {
            throw new IngestionException($"no file at {path}");
        }

        CheckSize(new FileInfo(path).Length);
        return Decode(File.ReadAllBytes(path));
    }

    /// <summary>Refuses a file over <see cref="MaxBytes"/> before it is read (an upload, a file on disk).</summary>
    /// <exception cref="IngestionException">The file is too large.</exception>
    public static void CheckSize(long bytes)
    {
        if (bytes > MaxBytes)
        {
            throw TooLarge(bytes);
        }
    }

    private static IngestionException TooLarge(long bytes) =>
        new($"the file is {bytes / (1024.0 * 1024.0):0.0} MB; articles may be at most 5 MB");
}
