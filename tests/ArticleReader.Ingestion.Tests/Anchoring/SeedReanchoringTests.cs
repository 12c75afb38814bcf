using ArticleReader.Ingestion.Anchoring;
using ArticleReader.Ingestion.Blocks;
using ArticleReader.Ingestion.Sentences;

namespace ArticleReader.Ingestion.Tests.Anchoring;

/// <summary>
/// A note on every sentence of the seed (title, dateline and byline included, as the sentence splitter cuts them) is
/// re-anchored in four edited versions built here from the seed. Where unchanged text must land is known from how the
/// edit was built, not from the anchorer.
/// </summary>
public sealed class SeedReanchoringTests
{
    private const string DeletedSentence = "It was the first official visit of an Iranian leader in Azerbaijan since four years.";

    private static readonly string Source = File.ReadAllText(TestData.Seed);

    private static readonly IReadOnlyList<TextSpan> Sentences =
        [.. TextBlock.Read(Source).SelectMany(b => new SentenceSplitter().Split(Source, b.Span))];

    private readonly TextAnchorer _anchorer = new();

    /// <summary>The outcome table: how many of the seed's 96 notes end up in each category after each edit.</summary>
    [Theory]
    [InlineData("typos", 30, 63, 3, 0)]
    [InlineData("inserted paragraph", 3, 93, 0, 0)]
    [InlineData("deleted sentence", 23, 72, 0, 1)]
    [InlineData("swapped paragraphs", 82, 14, 0, 0)]
    public void EveryNoteIsPlacedOnItsTextOrOrphaned(string edit, int atPosition, int nearby, int approximate, int orphaned)
    {
        var edited = Edit(edit);
        var text = edited.Text;

        var results = Sentences.Select(s => (Old: s, Result: _anchorer.Reanchor(text, TextAnchor.Create(Source, s)))).ToList();

        // No note is lost: each has a result, placed on a span of the new text or orphaned without one.
        Assert.Equal(96, results.Count);
        Assert.All(results, r => Assert.Equal(r.Result.Match == AnchorMatch.Orphaned, r.Result.Span is null));
        Assert.Equal(
            [atPosition, nearby, 0, approximate, orphaned],
            Enum.GetValues<AnchorMatch>().Select(m => results.Count(r => r.Result.Match == m)));
        foreach (var (old, result) in results)
        {
            var quote = old.Slice(Source);
            if (edited.Moved(old) is { } moved)
            {
                // Unchanged text lands on exactly the same text, where the edit put it.
                Assert.Equal(moved, result.Span);
                Assert.Equal(quote, moved.Slice(text));
                Assert.Equal(moved.Start == old.Start ? AnchorMatch.ExactAtPosition : AnchorMatch.ExactNearby, result.Match);
            }
            else if (edited.Edited(old) is { } changed)
            {
                // Edited text is found, edits and all, and trusted.
                Assert.Equal(AnchorMatch.Approximate, result.Match);
                Assert.Equal(changed, result.Span);
                Assert.True(result.Score >= 0.9, $"{quote}: {result.Score}");
            }
            else
            {
                Assert.Equal(DeletedSentence, quote);
                Assert.Equal(AnchorMatch.Orphaned, result.Match);
                Assert.Null(result.Span);
            }
        }
    }

    private static EditedText Edit(string edit) => edit switch
    {
        "typos" => EditedText.Replace(
            Source,
            ("Brenda Schaffer", "Brenda Shaffer"),
            ("Eurovision song context", "Eurovision Song Contest"),
            ("Netanyahus", "Netanyahu’s")),
        "inserted paragraph" => InsertParagraph(),
        "deleted sentence" => DeleteSentence(),
        "swapped paragraphs" => SwapParagraphs(),
        _ => throw new ArgumentOutOfRangeException(nameof(edit), edit, null),
    };

    private static EditedText InsertParagraph()
    {
        var at = EditedText.IndexOfOnly(Source, "Relationships with Israel have always");
        return new EditedText(Source)
            .Copy(0, at)
            .Insert("Editor’s note: this analysis first appeared in February 2017. It is republished unchanged, with the authors’ permission, as part of our series on alliances in the South Caucasus.\n\n")
            .Copy(at, Source.Length);
    }

    private static EditedText DeleteSentence()
    {
        // The sentence and the space after it: its neighbours close up.
        var at = EditedText.IndexOfOnly(Source, DeletedSentence + " ");
        return new EditedText(Source).Copy(0, at).Copy(at + DeletedSentence.Length + 1, Source.Length);
    }

    private static EditedText SwapParagraphs()
    {
        var blocks = TextBlock.Read(Source);
        var first = blocks.Single(b => b.Text.StartsWith("But the recent years", StringComparison.Ordinal)).Span;
        var second = blocks.Single(b => b.Text.StartsWith("April 2015 was marked", StringComparison.Ordinal)).Span;
        return new EditedText(Source)
            .Copy(0, first.Start)
            .Copy(second.Start, second.End)
            .Copy(first.End, second.Start)
            .Copy(first.Start, first.End)
            .Copy(second.End, Source.Length);
    }
}
