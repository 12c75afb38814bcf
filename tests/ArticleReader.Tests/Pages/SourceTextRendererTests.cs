using System.Text.Encodings.Web;
using System.Text.Unicode;
using AngleSharp.Html.Parser;
using ArticleReader.Ingestion.Text;
using ArticleReader.Pages.Articles;

namespace ArticleReader.Tests.Pages;

public sealed class SourceTextRendererTests
{
    private readonly SourceTextRenderer _renderer = new(HtmlEncoder.Create(UnicodeRanges.All));

    [Fact]
    public void Lines_end_at_crlf_lf_or_cr_and_a_final_break_opens_no_empty_line()
    {
        Assert.Equal([(0, 1, 3), (3, 4, 5), (5, 6, 7), (7, 8, 9)], SourceTextRenderer.Lines("a\r\nb\nc\rd\n"));
        Assert.Equal([(0, 1, 2), (2, 2, 3), (3, 4, 4)], SourceTextRenderer.Lines("a\n\nb"));
        Assert.Equal([(0, 0, 0)], SourceTextRenderer.Lines(string.Empty));
    }

    [Fact]
    public void Each_line_is_an_item_with_its_offsets_and_encoded_text()
    {
        var list = Parse(_renderer.Render("<a>\r\nb & c", null).ToString()!);

        var items = list.QuerySelectorAll("li").ToList();
        Assert.Equal(["L1", "L2"], items.Select(i => i.Id));
        Assert.Equal(["<a>", "b & c"], items.Select(i => i.TextContent));
        Assert.Equal(("5", "10"), (items[1].GetAttribute("data-start"), items[1].GetAttribute("data-end")));
        Assert.Equal("10", list.QuerySelector("ol")!.GetAttribute("data-length"));
    }

    [Fact]
    public void A_passage_over_several_lines_is_marked_on_each_line_it_covers_with_one_anchor()
    {
        const string text = "first line\n\nthird line\nfourth";
        var start = text.IndexOf("line", StringComparison.Ordinal);
        var end = text.IndexOf("fourth", StringComparison.Ordinal) + 3;

        var list = Parse(_renderer.Render(text, new SourceRange(start, end)).ToString()!);

        var marks = list.QuerySelectorAll("mark").ToList();
        Assert.Equal(["line", "third line", "fou"], marks.Select(m => m.TextContent));
        Assert.Equal("passage", marks[0].Id);
        Assert.False(marks[1].HasAttribute("id"));
        Assert.Empty(list.QuerySelectorAll("#L2 mark"));
        Assert.Same(marks[0], list.QuerySelector($"[id='char={start},{end}']")!.NextElementSibling);
    }

    [Fact]
    public void A_passage_that_starts_at_a_line_break_anchors_at_the_end_of_that_line()
    {
        const string text = "ab\ncd";

        var list = Parse(_renderer.Render(text, new SourceRange(2, 4)).ToString()!);

        var marks = list.QuerySelectorAll("mark").ToList();
        Assert.Equal(["", "c"], marks.Select(m => m.TextContent));
        Assert.Equal("passage", marks[0].Id);
        Assert.Equal("ab", list.QuerySelector("#L1")!.TextContent);
    }

    private static AngleSharp.Dom.IElement Parse(string html) => new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html + "</body>").Body!;
}
