namespace ArticleReader.Ingestion.Text;

/// <summary>
/// Offsets are UTF-16 code units, but a cut between the two halves of a surrogate pair would leave a lone surrogate,
/// which is not text: JSON serializers and browsers replace it, and the stored note would no longer match itself.
/// </summary>
public static class Utf16
{
    /// <summary>Whether an offset falls between the two halves of a surrogate pair.</summary>
    public static bool SplitsPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);
}
