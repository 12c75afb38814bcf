using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using ArticleReader.Data;
using ArticleReader.Ingestion.Entities;
using Microsoft.AspNetCore.Html;

namespace ArticleReader.Pages.Articles;

/// <summary>
/// One date the article names, placed in time: a day, month or year (a point) or an interval (a span), with the
/// claim or sentence it dates.
/// </summary>
public sealed record TimelineItem(
    int Number,
    MentionRecord Mention,
    DateOnly From,
    DateOnly To,
    ClaimRecord? Claim,
    string What,
    string Href)
{
    /// <summary>Only an interval written as one (<c>1988 – 1994</c>) is a span; a month or a year alone is a point.</summary>
    public bool IsRange => Mention.Value?.Contains('/', StringComparison.Ordinal) == true;

    /// <summary>Relative dates (<c>a year later</c>) were worked out from another date, so readers should know which.</summary>
    public bool IsRelative => Mention.Note?.Contains("relative", StringComparison.Ordinal) == true;

    /// <summary>A date outside every claim only sets the scene.</summary>
    public bool IsContext => Claim is null;
}

/// <summary>
/// The article's dates in chronological order and their drawing: a horizontal axis with year ticks, a point or span
/// per date, each a link to what it dates. Lanes keep marks from overlapping; the layout depends on the data only.
/// </summary>
public sealed class TimelineChart
{
    private const double Width = 960;
    private const double Left = 30;
    private const double Right = 30;
    private const double AxisY = 36;
    private const double FirstLaneY = 64;
    private const double LaneHeight = 26;
    private const double MinLabelGap = 40;

    /// <summary>The room a mark's number label takes beside it, roughly, at the chart's font size.</summary>
    private const double DigitWidth = 7;

    private TimelineChart(IReadOnlyList<TimelineItem> items, IReadOnlyList<MentionRecord> unresolved)
    {
        Items = items;
        Unresolved = unresolved;
    }

    /// <summary>Every placed date, earliest first (then the shorter, then in text order); numbered in that order.</summary>
    public IReadOnlyList<TimelineItem> Items { get; }

    /// <summary>Dates whose value is missing or not a calendar date, in text order.</summary>
    public IReadOnlyList<MentionRecord> Unresolved { get; }

    public static TimelineChart For(AnnotatedArticle article)
    {
        var placed = new List<(MentionRecord Mention, DateOnly From, DateOnly To, ClaimRecord? Claim)>();
        var unresolved = new List<MentionRecord>();
        foreach (var mention in article.Mentions.Where(m => m.Entity.Type == EntityType.Date).Select(m => m.Mention))
        {
            if (Parse(mention.Value) is not { } range)
            {
                unresolved.Add(mention);
                continue;
            }

            var claim = article.Claims.FirstOrDefault(c => c.Start <= mention.Start && mention.End <= c.End);
            placed.Add((mention, range.From, range.To, claim));
        }

        var items = placed
            .OrderBy(p => p.From)
            .ThenBy(p => p.To)
            .ThenBy(p => p.Mention.Start)
            .Select((p, i) => new TimelineItem(i + 1, p.Mention, p.From, p.To, p.Claim, What(article, p.Mention, p.Claim), Href(article, p.Mention, p.Claim)))
            .ToList();
        return new TimelineChart(items, unresolved);
    }

    /// <summary>
    /// A normalized value as the first and last day it covers: <c>2016</c>, <c>2014-04</c>, <c>2016-04-02</c>, or two
    /// of them as <c>start/end</c>. Anything else (a season, a decade written as text) is left unresolved.
    /// </summary>
    private static (DateOnly From, DateOnly To)? Parse(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var parts = value.Split('/');
        if (parts.Length > 2 || parts.Select(ParseOne).ToList() is not [{ } first, ..] ranges || ranges[^1] is not { } last)
        {
            return null;
        }

        return first.From <= last.To ? (first.From, last.To) : null;
    }

    private static (DateOnly From, DateOnly To)? ParseOne(string part)
    {
        var culture = CultureInfo.InvariantCulture;
        if (part.Length == 4 && int.TryParse(part, NumberStyles.None, culture, out var year) && year >= 1)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        if (part.Length == 7 && DateOnly.TryParseExact(part + "-01", "yyyy-MM-dd", culture, DateTimeStyles.None, out var month))
        {
            return (month, month.AddMonths(1).AddDays(-1));
        }

        return part.Length == 10 && DateOnly.TryParseExact(part, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day) ? (day, day) : null;
    }

    /// <summary>
    /// The SVG drawing, its text encoded with <paramref name="encoder"/>. A labelled group rather than an image:
    /// an image's content is presentational, which would hide the marks' links from assistive technology (axe's
    /// nested-interactive rule); the table beside it says the same in rows.
    /// </summary>
    public IHtmlContent Svg(HtmlEncoder encoder)
    {
        if (Items.Count == 0)
        {
            return HtmlString.Empty;
        }

        var scale = new Scale(Items.Min(i => i.From.Year), Items.Max(i => i.To.Year) + 1);
        var (marks, lanes) = PlaceMarks(scale);
        var height = FirstLaneY + (lanes * LaneHeight) + 10;
        var n = SvgNumbers.Format;
        var svg = new StringBuilder()
            .Append($"<svg class=\"timeline-chart\" role=\"group\" aria-labelledby=\"timeline-svg-title\" aria-describedby=\"timeline-svg-desc\" viewBox=\"0 0 {n(Width)} {n(height)}\" width=\"{n(Width)}\" height=\"{n(height)}\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append("<title id=\"timeline-svg-title\">Timeline of the dates in the article</title>")
            .Append($"<desc id=\"timeline-svg-desc\">{Items.Count} dates from {scale.FirstYear} to {scale.LastYear - 1} in time order, numbered as in the table below. ")
            .Append("Circles are dates, bars are periods, diamonds and dashed bars are relative dates resolved against another date, hollow marks are dates outside any claim.</desc>");
        WriteAxis(svg, scale);
        foreach (var mark in marks)
        {
            WriteMark(svg, encoder, mark);
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }

    /// <summary>The years from <see cref="FirstYear"/> to <see cref="LastYear"/> across the chart's width.</summary>
    private sealed record Scale(int FirstYear, int LastYear)
    {
        public double PerYear => (Width - Left - Right) / (LastYear - FirstYear);

        public double X(DateOnly date) =>
            Left + ((date.Year - FirstYear + ((date.DayOfYear - 1) / (double)(DateTime.IsLeapYear(date.Year) ? 366 : 365))) * PerYear);
    }

    /// <summary>An item's mark: from <paramref name="X0"/> to <paramref name="X1"/> (a point sits at X1) in its lane.</summary>
    private sealed record Mark(TimelineItem Item, double X0, double X1, int Lane);

    /// <summary>Each item in the first lane where it and its number fit after the marks already there, and the number of lanes.</summary>
    private (List<Mark> Marks, int Lanes) PlaceMarks(Scale scale)
    {
        var marks = new List<Mark>();
        var laneEnds = new List<double>();
        foreach (var item in Items)
        {
            var x0 = scale.X(item.From);
            var x1 = item.IsRange ? Math.Max(scale.X(item.To.AddDays(1)), x0 + 4) : x0 + ((scale.X(item.To.AddDays(1)) - x0) / 2);
            var start = item.IsRange ? x0 : x1 - 7;
            var extent = (item.IsRange ? x1 : x1 + 7) + 3 + (DigitWidth * item.Number.ToString(CultureInfo.InvariantCulture).Length) + 4;
            var lane = laneEnds.FindIndex(end => end <= start);
            if (lane < 0)
            {
                lane = laneEnds.Count;
                laneEnds.Add(0);
            }

            laneEnds[lane] = extent;
            marks.Add(new Mark(item, x0, x1, lane));
        }

        return (marks, laneEnds.Count);
    }

    /// <summary>The axis with a tick each year, labelled every few years so that labels keep <see cref="MinLabelGap"/> apart.</summary>
    private static void WriteAxis(StringBuilder svg, Scale scale)
    {
        var n = SvgNumbers.Format;
        svg.Append($"<line class=\"tl-axis\" x1=\"{n(Left)}\" y1=\"{n(AxisY)}\" x2=\"{n(Width - Right)}\" y2=\"{n(AxisY)}\"/>");
        var step = new[] { 1, 2, 5, 10, 20, 50, 100 }.FirstOrDefault(s => s * scale.PerYear >= MinLabelGap, 100);
        for (var year = scale.FirstYear; year <= scale.LastYear; year++)
        {
            var x = n(Left + ((year - scale.FirstYear) * scale.PerYear));
            var labelled = year % step == 0 || year == scale.FirstYear;
            svg.Append($"<line class=\"tl-tick{(labelled ? " tl-tick-major" : "")}\" x1=\"{x}\" y1=\"{n(AxisY - (labelled ? 6 : 3))}\" x2=\"{x}\" y2=\"{n(AxisY + (labelled ? 6 : 3))}\"/>");
            if (labelled && year < scale.LastYear)
            {
                svg.Append($"<text class=\"tl-year\" x=\"{x}\" y=\"{n(AxisY - 12)}\">{year}</text>");
            }
        }
    }

    /// <summary>One item: a link holding its title, the guide from the axis, its shape (bar, diamond or circle) and its number.</summary>
    private static void WriteMark(StringBuilder svg, HtmlEncoder encoder, Mark mark)
    {
        var (item, x0, x1, lane) = mark;
        var n = SvgNumbers.Format;
        var y = FirstLaneY + (lane * LaneHeight);
        var classes = "tl-item" + (item.IsRelative ? " tl-relative" : "") + (item.IsContext ? " tl-context" : "");
        var number = item.Number.ToString(CultureInfo.InvariantCulture);
        svg.Append($"<a class=\"{classes}\" href=\"{encoder.Encode(item.Href)}\" data-number=\"{number}\" data-value=\"{encoder.Encode(item.Mention.Value!)}\">")
            .Append($"<title>{number}. {encoder.Encode(item.Mention.Text)} ({encoder.Encode(item.Mention.Value!)}){(item.IsRelative ? ", " + encoder.Encode(item.Mention.Note!) : "")}: {encoder.Encode(item.What)}</title>")
            .Append($"<line class=\"tl-guide\" x1=\"{n(x0)}\" y1=\"{n(AxisY)}\" x2=\"{n(x0)}\" y2=\"{n(y)}\"/>");
        double labelX;
        if (item.IsRange)
        {
            svg.Append($"<rect class=\"tl-span\" x=\"{n(x0)}\" y=\"{n(y - 5)}\" width=\"{n(x1 - x0)}\" height=\"10\" rx=\"2\" data-start=\"{item.From:yyyy-MM-dd}\" data-end=\"{item.To:yyyy-MM-dd}\"/>");
            labelX = x1 + 3;
        }
        else if (item.IsRelative)
        {
            svg.Append($"<path class=\"tl-point\" d=\"M{n(x1)} {n(y - 6)}l6 6-6 6-6-6z\" data-date=\"{item.From:yyyy-MM-dd}\"/>");
            labelX = x1 + 9;
        }
        else
        {
            svg.Append($"<circle class=\"tl-point\" cx=\"{n(x1)}\" cy=\"{n(y)}\" r=\"5\" data-date=\"{item.From:yyyy-MM-dd}\"/>");
            labelX = x1 + 8;
        }

        svg.Append($"<text class=\"tl-label\" x=\"{n(labelX)}\" y=\"{n(y + 4)}\">{number}</text></a>");
    }

    /// <summary>What the date dates: its claim, else its sentence, shortened for a table cell.</summary>
    private static string What(AnnotatedArticle article, MentionRecord mention, ClaimRecord? claim)
    {
        var text = claim?.Text ?? article.Locate(mention.Start, mention.End) switch
        {
            { Sentence: { } sentence } => sentence.Text,
            { Paragraph: { } paragraph } => paragraph.Text,
            _ => mention.Text,
        };
        return Shorten(text, 160);
    }

    private static string Href(AnnotatedArticle article, MentionRecord mention, ClaimRecord? claim)
    {
        if (claim is not null)
        {
            return ArticleLinks.ClaimInArticle(article.Slug, claim.Key);
        }

        return article.Locate(mention.Start, mention.End) is { Sentence: { } sentence }
            ? $"{ArticleLinks.Article(article.Slug)}#s-{sentence.Position}"
            : ArticleLinks.Source(article.Slug, mention.Start, mention.End);
    }

    /// <summary>Cut at a word boundary, with an ellipsis, when longer than <paramref name="length"/>.</summary>
    private static string Shorten(string text, int length)
    {
        text = text.Trim();
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > length / 2 ? cut : length)].TrimEnd(',', ';', ':') + "…";
    }
}
