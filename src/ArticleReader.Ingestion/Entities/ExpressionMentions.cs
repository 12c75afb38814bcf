using System.Globalization;
using ArticleReader.Ingestion.Entities.Quantities;
using ArticleReader.Ingestion.Entities.Temporal;

namespace ArticleReader.Ingestion.Entities;

/// <summary>Turns recognized dates and quantities into mentions of canonical date and quantity entities.</summary>
internal static class ExpressionMentions
{
    public static (Entity Entity, Mention Mention) FromDate(TimeExpression date, string source)
    {
        var value = DateText(date.Value);
        var note = DateNote(date.Value, source);
        var key = "date-" + value.Replace('/', '-').Replace('.', '-');
        return (new Entity(key, value, EntityType.Date), new Mention(date.Span, date.Text, EntityType.Date, key, MentionEvidence.Expression, Value: value, Note: note));
    }

    public static (Entity Entity, Mention Mention) FromQuantity(QuantityExpression quantity)
    {
        var value = QuantityText(quantity.Value);
        var key = "quantity-" + SlugMaker.FromTitle(value.Replace("/", " of ", StringComparison.Ordinal).Replace('.', 'p'));
        var note = quantity.Value.IsApproximate ? "approximate" : null;
        return (new Entity(key, value, EntityType.Quantity), new Mention(quantity.Span, quantity.Text, EntityType.Quantity, key, MentionEvidence.Expression, Value: value, Note: note));
    }

    /// <summary>ISO 8601: a date, or an interval <c>start/end</c> for ranges and vague periods; <c>unresolved</c> when unknown.</summary>
    public static string DateText(DateValue value) => (value.Start, value.End) switch
    {
        (null, _) or (_, null) => "unresolved",
        var (start, end) when start == end => start,
        var (start, end) => $"{start}/{end}",
    };

    private static string? DateNote(DateValue value, string source)
    {
        var notes = new List<string>();
        if (value.Qualifier != DateQualifier.None)
        {
            notes.Add(value.Qualifier.ToString().ToLowerInvariant());
        }

        if (value.IsApproximate)
        {
            notes.Add("approximate");
        }

        notes.Add(value.Anchor switch
        {
            DateAnchor.Dateline => "relative, resolved against the dateline",
            DateAnchor.PrecedingDate when value.AnchorSpan is { } anchor => $"relative, resolved against “{anchor.Slice(source)}”",
            DateAnchor.PrecedingDate => "relative, resolved against the preceding date",
            DateAnchor.Unresolved => "relative, unresolved",
            _ => string.Empty,
        });
        var note = string.Join("; ", notes.Where(n => n.Length > 0));
        return note.Length == 0 ? null : note;
    }

    private static string QuantityText(QuantityValue value)
    {
        var unit = value.Unit is { } u ? " " + u : string.Empty;
        var amount = value.Kind == QuantityKind.Ratio && value.Total is { } total
            ? $"{Number(value.Min)}/{Number(total)}"
            : value.Amount is { } exact ? Number(exact)
            : (value.Min, value.Max) switch
            {
                (null, { } max) => $"≤{Number(max)}",
                ({ } min, null) => $"≥{Number(min)}",
                ({ } min, { } max) => $"{Number(min)}–{Number(max)}",
                _ => "?",
            };
        return value.Kind switch
        {
            QuantityKind.Money => $"{amount}{unit}",
            QuantityKind.Percent => $"{amount}%",
            _ => amount + unit,
        };
    }

    private static string Number(decimal? number) => number?.ToString("0.##", CultureInfo.InvariantCulture) ?? "?";
}
