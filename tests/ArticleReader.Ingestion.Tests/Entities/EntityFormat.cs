using System.Globalization;
using System.Text;
using ArticleReader.Ingestion.Entities.Quantities;
using ArticleReader.Ingestion.Entities.Temporal;

namespace ArticleReader.Ingestion.Tests.Entities;

/// <summary>
/// Writes recognized expressions one a line for golden files: <c>[start,end) "text" => value</c>, where the value of
/// a date is <c>start[..end] precision [qualifier] [range] [approx] [relative to dateline|relative to "anchor"|unresolved]</c>
/// and that of a quantity <c>amount|min..max|part/whole [unit] kind [approx]</c>.
/// </summary>
internal static class EntityFormat
{
    public static string Describe(string source, TimeExpression expression)
    {
        var value = expression.Value;
        var line = Head(expression.Span, expression.Text);
        line.Append(value.Start is null ? "?" : value.Start == value.End ? value.Start : $"{value.Start}..{value.End}");
        line.Append(' ').Append(Lower(value.Precision));
        if (value.Qualifier != DateQualifier.None)
        {
            line.Append(' ').Append(Lower(value.Qualifier));
        }

        if (value.IsRange)
        {
            line.Append(" range");
        }

        if (value.IsApproximate)
        {
            line.Append(" approx");
        }

        line.Append(value.Anchor switch
        {
            DateAnchor.Dateline => " relative to dateline",
            DateAnchor.PrecedingDate => $" relative to \"{GoldenText.Escape(value.AnchorSpan!.Value.Slice(source))}\"",
            DateAnchor.Unresolved => " unresolved",
            _ => string.Empty,
        });
        return line.ToString();
    }

    public static string Describe(QuantityExpression expression)
    {
        var value = expression.Value;
        var line = Head(expression.Span, expression.Text);
        line.Append(value switch
        {
            { Total: { } total } => $"{Number(value.Min)}/{Number(total)}",
            { Amount: { } amount } => Number(amount),
            _ => $"{Number(value.Min)}..{Number(value.Max)}",
        });
        if (value.Unit is not null)
        {
            line.Append(' ').Append(value.Unit);
        }

        line.Append(' ').Append(Lower(value.Kind));
        if (value.IsApproximate)
        {
            line.Append(" approx");
        }

        return line.ToString();
    }

    private static StringBuilder Head(TextSpan span, string text) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture, $"[{span.Start},{span.End}) \"{GoldenText.Escape(text)}\" => ");

    private static string Number(decimal? value) => value?.ToString("0.############", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
