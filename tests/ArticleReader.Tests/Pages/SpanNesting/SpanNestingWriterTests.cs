using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ArticleReader.Pages.Articles.Annotations;
using ArticleReader.Tests.Infrastructure;
using Microsoft.AspNetCore.Html;

namespace ArticleReader.Tests.Pages.SpanNesting;

/// <summary>
/// Golden files for <see cref="SpanNestingWriter"/>: each <c>golden/NAME.json</c> gives a text, its source offset and
/// spans; <c>golden/NAME.html</c> is what the writer makes of them. A span is written as <c>&lt;TAG id="ID"&gt;</c>
/// and, when it has one, its <c>after</c> text as <c>&lt;sup&gt;AFTER&lt;/sup&gt;</c> after its end tag.
/// To regenerate the .html files after a deliberate change, run the tests with <c>UPDATE_GOLDEN=1</c> (off by
/// default: a run then fails nothing but rewrites the files) and review the diff before committing it.
/// </summary>
public sealed class SpanNestingWriterTests
{
    private const string UpdateVariable = "UPDATE_GOLDEN";

    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "ArticleReader.Tests", "Pages", "SpanNesting", "golden");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // The app's encoder (ArticlePages): every Unicode range is written as it is.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static TheoryData<string> Cases() => [.. Names()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_writer_nests_the_spans_as_the_golden_file_shows(string name)
    {
        var input = JsonSerializer.Deserialize<GoldenCase>(File.ReadAllText(Path.Combine(Folder, name + ".json")), Json)!;

        var html = new HtmlContentBuilder();
        SpanNestingWriter.Write(html, input.Text, input.Start, input.Spans.Select(Span));
        var actual = Markup.Write(html, Encoder).ToString() + "\n";

        var expectedPath = Path.Combine(Folder, name + ".html");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }

        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    [Fact]
    public void Every_case_covers_something_the_writer_must_get_right()
    {
        Assert.Superset(
            new HashSet<string>(["edges", "empty-text", "nesting", "overlap", "surrogate-pairs", "touching"], StringComparer.Ordinal),
            Names().ToHashSet(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Names() =>
        Directory.GetFiles(Folder, "*.json").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal);

    private static NestedSpan Span(GoldenSpan span)
    {
        var element = new Element(span.Tag).Attribute("id", span.Id);
        var after = span.After is null ? null : new Element("sup").Text(span.After);
        return new NestedSpan(span.Start, span.End, span.Rank, element.StartTag, element.EndTag, after, span.Nests);
    }

    private sealed record GoldenCase(string Text, int Start, IReadOnlyList<GoldenSpan> Spans);

    private sealed record GoldenSpan(string Id, string Tag, int Start, int End, int Rank, string? After = null, bool Nests = false);
}
