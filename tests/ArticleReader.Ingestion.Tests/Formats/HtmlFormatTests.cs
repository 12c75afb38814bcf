using ArticleReader.Ingestion.Formats;

namespace ArticleReader.Ingestion.Tests.Formats;

/// <summary>
/// HTML spans cover the source as written, tags and character references included; what a reader sees of a
/// span is its reading text (<see cref="ParsedArticle.Reading"/>), decoded and with white space collapsed.
/// </summary>
public sealed class HtmlFormatTests
{
    [Fact]
    public void Scripts_styles_navigation_and_forms_are_not_article_text()
    {
        const string page = """
            <html><head><style>.lead { font-weight: bold }</style><script>var tracker = "secret";</script></head>
            <body>
            <nav><a href="/">Homepage</a> <a href="/world">World news</a></nav>
            <script>alert(1)</script>
            <div class="content">
              <h1>Dam Repairs Begin</h1>
              <p class="lead">Engineers started repairing the dam on Monday. <script>alert(2)</script>Work will take a year.</p>
              <style>p { margin: 0 }</style>
              <p>The reservoir will stay half full until then.</p>
              <form><label>Email</label><input name="email"><button>Subscribe now</button></form>
            </div>
            </body></html>
            """;

        var article = Parse(page);

        foreach (var chrome in new[] { "tracker", "secret", "alert", "Homepage", "World news", "font-weight", "margin", "Email", "Subscribe" })
        {
            Assert.DoesNotContain(chrome, article.Reading.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(article.Entities.Mentions, m => m.Text.Contains(chrome, StringComparison.Ordinal));
        }

        Assert.Equal("Dam Repairs Begin", article.Header.Title?.Text);
        Assert.Equal(
            ["Engineers started repairing the dam on Monday.", "Work will take a year.", "The reservoir will stay half full until then."],
            article.Sentences.Select(s => article.Reading.PlainText(s.Span)));
        Assert.Equal("Work will take a year.", article.Sentences.ElementAt(1).Text);
        FormatAssert.SpansSliceTheSource(article);
    }

    [Fact]
    public void Character_references_are_read_decoded_and_stored_as_written()
    {
        var article = Parse("<h1>Q&amp;A</h1><p>The minister&rsquo;s &ldquo;plan&rdquo; costs &euro;5&nbsp;million &#8212; or so.</p>");

        var sentence = Assert.Single(article.Sentences);
        Assert.Equal("The minister&rsquo;s &ldquo;plan&rdquo; costs &euro;5&nbsp;million &#8212; or so.", sentence.Text);
        Assert.Equal("The minister’s “plan” costs €5\u00A0million — or so.", article.Reading.PlainText(sentence.Span));
        Assert.Equal("Q&amp;A", article.Header.Title?.Text);
        Assert.Equal("Q&A", article.Reading.PlainText(article.Header.Title!.Span));
    }

    [Fact]
    public void The_header_comes_from_time_and_author_markup_under_a_kicker()
    {
        var article = Parse("""
            <article>
              <p class="kicker">Agriculture</p>
              <h1>Harvest Falls Short</h1>
              <p>Published <time datetime="2021-09-30T08:00:00Z">30 September 2021</time></p>
              <p>Story by <a rel="author" href="/a/jane">Jane Doe</a></p>
              <p>The wheat harvest fell short of the plan this year.</p>
            </article>
            """);

        Assert.Equal("30 September 2021", article.Header.Dateline?.Text);
        Assert.Equal(new DateTimeOffset(2021, 9, 30, 8, 0, 0, TimeSpan.Zero), article.Header.Published);
        Assert.Equal("Jane Doe", article.Header.Byline?.Text);
        Assert.Equal("The wheat harvest fell short of the plan this year.", Assert.Single(article.Paragraphs).Text);
    }

    [Fact]
    public void The_article_element_is_read_rather_than_the_page_around_it()
    {
        var article = Parse("""
            <body>
              <div class="promo"><p>Try our premium edition, with puzzles, recipes and a daily newsletter for everyone.</p></div>
              <article><h1>Ferry Service Returns</h1><p>The ferry runs again from Friday.</p></article>
              <footer><p>Copyright the publisher and all of its affiliated companies around the world.</p></footer>
            </body>
            """);

        Assert.Equal("Ferry Service Returns", article.Header.Title?.Text);
        Assert.Equal(["The ferry runs again from Friday."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_title_in_the_page_header_above_main_opens_the_article()
    {
        var article = Parse("""
            <body>
              <header><nav><a href="/">Home</a></nav></header>
              <header class="story"><h1>Ferry Service Returns</h1></header>
              <main><p>The ferry runs again from Friday.</p><p>Tickets are on sale at the harbour.</p></main>
            </body>
            """);

        Assert.Equal("Ferry Service Returns", article.Header.Title?.Text);
        Assert.Equal(2, article.Paragraphs.Count());
        Assert.DoesNotContain("Home", article.Reading.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_html_still_ingests()
    {
        const string page = """
            <h1>Broken &amp Bold
            <p>One <b>bold <i>mixed</b> text</i> here. Then &copy 2017 and AT&T.
            <p>An unclosed <a href="x?a=1&b=2">link</span> and a tail.
            <div>Loose text<br>after a break.</div>
            <table>Stray text<tr><td>cell</td></tr></table>
            <p>The last paragraph &notit; ends here</p>
            """;

        var article = Parse(page);

        Assert.Equal("Broken &amp Bold", article.Header.Title?.Text);
        Assert.Equal(
            ["One bold mixed text here. Then © 2017 and AT&T.", "An unclosed link and a tail.", "Loose text\nafter a break.", "Stray text", "The last paragraph ¬it; ends here"],
            article.Paragraphs.Select(p => article.Reading.PlainText(p.Span)));
        Assert.DoesNotContain("cell", article.Reading.Text, StringComparison.Ordinal);
        FormatAssert.SpansSliceTheSource(article);
    }

    [Fact]
    public void A_page_without_paragraphs_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<IngestionException>(() => Parse("""
            <html><head><title>Nothing here</title><script>document.write("<p>Not a paragraph.</p>")</script></head>
            <body><nav><p>Home</p><p>About us</p></nav><h1>Just a title</h1></body></html>
            """));

        Assert.Equal("the HTML has no paragraph of article text", error.Message);
    }

    private static ParsedArticle Parse(string html) => new IngestionPipeline().Parse(html, "page", format: ArticleFormat.Html);
}
