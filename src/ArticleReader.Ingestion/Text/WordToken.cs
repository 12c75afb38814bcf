namespace ArticleReader.Ingestion.Text;

/// <summary>A word of a sentence: letters and digits with inner hyphens, apostrophes and acronym dots.</summary>
public readonly record struct WordToken(int Start, int End, int Index, bool SentenceStart)
{
    public TextSpan Span => new(Start, End);

    public int Length => End - Start;

    public string Text(string source) => source[Start..End];

    public bool IsCapitalized(string source) => char.IsUpper(source[Start]);

    /// <summary>Two or more letters, all upper case (digits, hyphens and dots allowed): NATO, U.S., SPIKE-LR.</summary>
    public bool IsAcronym(string source)
    {
        var letters = 0;
        for (var i = Start; i < End; i++)
        {
            var c = source[i];
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }
}
