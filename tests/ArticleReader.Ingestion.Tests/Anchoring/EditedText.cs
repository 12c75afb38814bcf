using System.Text;

namespace ArticleReader.Ingestion.Tests.Anchoring;

/// <summary>
/// A new version of a source built from pieces copied from it and pieces of new text, remembering where each copied piece
/// went, so that a test knows independently of the anchorer where unchanged text should land.
/// </summary>
internal sealed class EditedText(string original)
{
    private readonly StringBuilder _text = new();
    private readonly List<(TextSpan Old, int NewStart)> _copies = [];

    public string Text => _text.ToString();

    public EditedText Copy(int start, int end)
    {
        _copies.Add((new TextSpan(start, end), _text.Length));
        _text.Append(original, start, end - start);
        return this;
    }

    public EditedText Insert(string text)
    {
        _text.Append(text);
        return this;
    }

    /// <summary>Copies the original up to each of <paramref name="replacements"/>' first occurrences, replacing it, and then the rest.</summary>
    public static EditedText Replace(string original, params (string Old, string New)[] replacements)
    {
        var edited = new EditedText(original);
        var position = 0;
        foreach (var (old, replacement) in replacements.OrderBy(r => original.IndexOf(r.Old, StringComparison.Ordinal)))
        {
            var at = IndexOfOnly(original, old);
            edited.Copy(position, at).Insert(replacement);
            position = at + old.Length;
        }

        return edited.Copy(position, original.Length);
    }

    public static int IndexOfOnly(string text, string value)
    {
        var at = text.IndexOf(value, StringComparison.Ordinal);
        Assert.True(at >= 0, $"\"{value}\" is not in the text");
        Assert.Equal(-1, text.IndexOf(value, at + 1, StringComparison.Ordinal));
        return at;
    }

    /// <summary>Where <paramref name="old"/> is in the new text if it was copied whole; otherwise null.</summary>
    public TextSpan? Moved(TextSpan old) =>
        _copies.Where(c => c.Old.Contains(old)).Select(c => (TextSpan?)new TextSpan(old.Start - c.Old.Start + c.NewStart, old.End - c.Old.Start + c.NewStart)).FirstOrDefault();

    /// <summary>Where the text from <paramref name="old"/>'s first to its last character went, if both were copied; otherwise null.</summary>
    public TextSpan? Edited(TextSpan old)
    {
        var first = _copies.FirstOrDefault(c => c.Old.Start <= old.Start && old.Start < c.Old.End);
        var last = _copies.FirstOrDefault(c => c.Old.Start < old.End && old.End <= c.Old.End);
        return first.Old.IsEmpty || last.Old.IsEmpty
            ? null
            : new TextSpan(old.Start - first.Old.Start + first.NewStart, old.End - last.Old.Start + last.NewStart);
    }
}
