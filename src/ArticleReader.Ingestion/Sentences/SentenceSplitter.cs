using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;

namespace ArticleReader.Ingestion.Sentences;

/// <summary>Splits a paragraph into sentences.</summary>
/// <remarks>
/// Scans the paragraph for runs of terminators (<c>. ? ! …</c>) followed by white space and decides for each
/// whether it ends a sentence: the next text must be able to open a sentence, and a period must not close an
/// abbreviation, an initial or a dotted acronym. Line breaks count as ordinary white space, since plain-text
/// articles are sometimes hard-wrapped.
/// </remarks>
public sealed class SentenceSplitter
{
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".?!…");

    // Closing quotes and brackets stay with the sentence they close: `He said “it is over.” Then`.
    private static readonly SearchValues<char> Closers = SearchValues.Create("\"'”’»)]}");

    private static readonly SearchValues<char> Openers = SearchValues.Create("\"'“‘«„([{¿¡");

    // Abbreviations that precede a name, so a capitalized word after them never starts a sentence.
    // They also match the first part of a dotted title such as `Dr.des.` or `Lt.Col.`.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = Lookup(
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Dr", "Prof", "Rev", "Hon", "Pres", "Gov", "Sen", "Rep", "Amb",
        "Gen", "Brig", "Col", "Lt", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Mt", "Ft");

    // Abbreviations that sit inside a sentence and practically never end one.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Inline = Lookup(
        "e.g", "i.e", "vs", "cf", "viz", "approx", "ca");

    // The longest entry of Inline: a longer word is not worth lowering to look it up.
    private const int MaxInlineLength = 6;

    // Abbreviations that are only abbreviations before a number (`No. 5`, `Jan. 12`): `No.` and `Jan.` alone are words.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumber = Lookup(
        "No", "Nos", "Nr", "Vol", "Fig", "p", "pp", "Art",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    // Abbreviations that often end a sentence as well (`Main St.`, `Apple Inc.`); like dotted acronyms they
    // end one only before a line break or a word that typically opens a sentence. `etc.` needs no entry: it
    // ends a sentence whenever a capitalized word follows, like any other word.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Ambiguous = Lookup(
        "St", "Ave", "Inc", "Ltd", "Corp", "Co", "Bros", "Jr", "Sr", "al");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceStarters = Lookup(
        "The", "A", "An", "It", "Its", "This", "That", "These", "Those", "There", "Here", "They", "He", "She", "We",
        "I", "You", "His", "Her", "Their", "Our", "My", "But", "And", "Or", "So", "Yet", "However", "In", "On", "At",
        "For", "As", "If", "When", "While", "After", "Before", "Since", "Although", "Though", "Thus", "Then",
        "Meanwhile", "Moreover", "Furthermore", "Nevertheless", "Still", "Also", "Despite", "Because", "Both",
        "Many", "Most", "Some", "Such", "One", "Today", "Now", "What", "Why", "How", "Who", "Where", "Which");

    /// <summary>The sentences of the paragraph, in order, each trimmed of surrounding white space.</summary>
    public IReadOnlyList<TextSpan> Split(string source, TextSpan paragraph)
    {
        var sentences = new List<TextSpan>();
        var start = paragraph.Start;
        var position = paragraph.Start;
        while (position < paragraph.End)
        {
            var found = source.AsSpan(position, paragraph.End - position).IndexOfAny(Terminators);
            if (found < 0)
            {
                break;
            }

            var runStart = position + found;
            var runEnd = SkipAll(source, runStart, paragraph.End, Terminators);
            var boundary = SkipAll(source, runEnd, paragraph.End, Closers);
            position = boundary;
            if (boundary < paragraph.End && EndsSentence(source, paragraph, runStart, runEnd, boundary))
            {
                sentences.Add(new TextSpan(start, boundary).Trim(source));
                start = boundary;
            }
        }

        var rest = new TextSpan(start, paragraph.End).Trim(source);
        if (!rest.IsEmpty)
        {
            sentences.Add(rest);
        }

        return sentences;
    }

    /// <summary>Whether the terminators <c>[runStart, runEnd)</c>, with any closers up to <paramref name="boundary"/>, end a sentence.</summary>
    private static bool EndsSentence(string source, TextSpan paragraph, int runStart, int runEnd, int boundary)
    {
        var end = paragraph.End;
        if (!char.IsWhiteSpace(source[boundary]))
        {
            return false; // `U.S`, `3.5`, `Dr.des`, `e.g.,`: the terminator is inside a token.
        }

        var next = boundary;
        var lineBreak = false;
        while (next < end && char.IsWhiteSpace(source[next]))
        {
            lineBreak |= source[next] is '\n' or '\r' or '\u2028';
            next++;
        }

        if (!OpensSentence(source, next, end))
        {
            return false;
        }

        if (runEnd - runStart > 1 || source[runStart] != '.')
        {
            return true; // `?`, `!`, `?!` and ellipses have no abbreviations to hide behind.
        }

        var word = WordBefore(source, paragraph.Start, runStart);
        if (word.IsEmpty)
        {
            return true;
        }

        var dot = word.IndexOf('.');
        var firstPart = dot >= 0 ? word[..dot] : word;
        if (Titles.Contains(firstPart) || IsInline(word))
        {
            return false;
        }

        if (BeforeNumber.Contains(word))
        {
            return !char.IsAsciiDigit(source[next]);
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return StartsWithStarter(source, next, end); // An initial: `J. R. R. Tolkien`, `George W. Bush`.
        }

        if (dot >= 0 || Ambiguous.Contains(word))
        {
            return lineBreak || StartsWithStarter(source, next, end); // `the U.S. and EU`, `Main St. The`.
        }

        return true;
    }

    /// <summary>Whether <paramref name="word"/> is an inline abbreviation, also capitalized at the start of a sentence: <c>Approx. 300 people</c>.</summary>
    private static bool IsInline(ReadOnlySpan<char> word)
    {
        if (Inline.Contains(word))
        {
            return true;
        }

        if (word.Length > MaxInlineLength || !char.IsUpper(word[0]))
        {
            return false;
        }

        Span<char> lowered = stackalloc char[word.Length];
        word.CopyTo(lowered);
        lowered[0] = char.ToLowerInvariant(lowered[0]);
        return Inline.Contains(lowered);
    }

    /// <summary>Whether the text at <paramref name="position"/> can open a sentence: not lower case, not a comma or a dash.</summary>
    private static bool OpensSentence(string source, int position, int end)
    {
        position = SkipAll(source, position, end, Openers);
        if (position == end)
        {
            return false;
        }

        var c = source[position];
        return char.IsLetter(c)
            ? !char.IsLower(c)
            : char.IsDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol;
    }

    private static bool StartsWithStarter(string source, int position, int end)
    {
        position = SkipAll(source, position, end, Openers);
        var wordEnd = position;
        while (wordEnd < end && char.IsLetter(source[wordEnd]))
        {
            wordEnd++;
        }

        // A starter followed by a period is an initial itself: `J. I. Packer`.
        var isInitial = wordEnd < end && source[wordEnd] == '.';
        return !isInitial && SentenceStarters.Contains(source.AsSpan(position, wordEnd - position));
    }

    /// <summary>The letters and inner periods just before <paramref name="period"/>: <c>Dr</c>, <c>U.S</c>, <c>Dr.des</c>.</summary>
    private static ReadOnlySpan<char> WordBefore(string source, int paragraphStart, int period)
    {
        var start = period;
        while (start > paragraphStart && (char.IsLetter(source[start - 1]) || source[start - 1] == '.'))
        {
            start--;
        }

        // A leading period is not part of the word: `.NET.` is the word `NET`.
        return source.AsSpan(start, period - start).TrimStart('.');
    }

    private static int SkipAll(string source, int position, int end, SearchValues<char> values)
    {
        while (position < end && values.Contains(source[position]))
        {
            position++;
        }

        return position;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
