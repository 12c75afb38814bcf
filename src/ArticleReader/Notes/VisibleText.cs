using System.Globalization;
using System.Text;

namespace ArticleReader.Notes;

/// <summary>Whether text shows anything: a note of only spaces, zero-width or control characters is invisible.</summary>
public static class VisibleText
{
    /// <summary>Letters that render as blank space (Hangul fillers, the blank Braille pattern, Khmer inherent vowels).</summary>
    private static readonly HashSet<int> BlankLetters = [0x115F, 0x1160, 0x17B4, 0x17B5, 0x2800, 0x3164, 0xFFA0];

    public static bool HasVisibleCharacter(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsVisible(rune))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVisible(Rune rune) =>
        !Rune.IsWhiteSpace(rune) && !BlankLetters.Contains(rune.Value) && Rune.GetUnicodeCategory(rune) switch
        {
            // Zero-width spaces and joiners, bidi controls and the like are Format; combining marks need a base.
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned => false,
            _ => true,
        };
}
