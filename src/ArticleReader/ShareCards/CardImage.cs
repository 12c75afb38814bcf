using SkiaSharp;

namespace ArticleReader.ShareCards;

/// <summary>What a share card says: a line naming what is shared, the text itself, and where it comes from.</summary>
public sealed record CardText(string Kicker, string Headline, string Source);

/// <summary>
/// Draws a share card (the <c>og:image</c> of a claim or an article) as a PNG, in the reading page's colours and the
/// DejaVu Serif shipped beside this file, so that every machine draws the same card whatever fonts it has.
/// </summary>
public static class CardImage
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>The margin around the text, and the accent bar down the left edge, in pixels.</summary>
    private const float Margin = 80;
    private const float AccentWidth = 28;

    /// <summary>The headline starts at this size and shrinks until it fits its lines (sizes in pixels).</summary>
    private const float LargestHeadline = 60;
    private const float SmallestHeadline = 38;
    private const int MostHeadlineLines = 6;
    private const float LineSpacing = 1.3f;
    private const float KickerSize = 30;
    private const float SourceSize = 28;

    private static readonly SKColor Paper = SKColor.Parse("#fdfcf8");
    private static readonly SKColor Ink = SKColor.Parse("#1f1d1a");
    private static readonly SKColor Muted = SKColor.Parse("#5c5750");
    private static readonly SKColor Accent = SKColor.Parse("#8a3b12");

    private static readonly SKTypeface Regular = Load("DejaVuSerif.ttf");
    private static readonly SKTypeface Bold = Load("DejaVuSerif-Bold.ttf");

    public static byte[] Png(CardText text)
    {
        var info = new SKImageInfo(Width, Height);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(Paper);
        using (var accent = new SKPaint { Color = Accent })
        {
            canvas.DrawRect(0, 0, AccentWidth, Height, accent);
        }

        var left = AccentWidth + Margin;
        var textWidth = Width - left - Margin;
        using var kickerFont = new SKFont(Bold, KickerSize);
        using var sourceFont = new SKFont(Regular, SourceSize);
        using var accentInk = new SKPaint { Color = Accent, IsAntialias = true };
        using var mutedInk = new SKPaint { Color = Muted, IsAntialias = true };
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };

        canvas.DrawText(Fit(text.Kicker, kickerFont, textWidth), left, Margin + KickerSize, SKTextAlign.Left, kickerFont, accentInk);
        var sourceTop = Height - Margin;
        canvas.DrawText(Fit(text.Source, sourceFont, textWidth), left, sourceTop, SKTextAlign.Left, sourceFont, mutedInk);

        var headlineTop = Margin + (KickerSize * 2.2f);
        var room = sourceTop - SourceSize - headlineTop - (SourceSize * 0.8f);
        var (font, lines) = Headline(text.Headline, textWidth, room);
        using (font)
        {
            var y = headlineTop + font.Size;
            foreach (var line in lines)
            {
                canvas.DrawText(line, left, y, SKTextAlign.Left, font, ink);
                y += font.Size * LineSpacing;
            }
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>The largest size at which the headline fits the room, wrapped at words; at the smallest, its end is cut.</summary>
    private static (SKFont Font, IReadOnlyList<string> Lines) Headline(string headline, float width, float room)
    {
        for (var size = LargestHeadline; ; size -= 2)
        {
            var font = new SKFont(Regular, size);
            var fitting = Math.Min(MostHeadlineLines, (int)Math.Floor((room + (size * (LineSpacing - 1))) / (size * LineSpacing)));
            var lines = Wrap(headline, font, width);
            if (lines.Count <= fitting)
            {
                return (font, lines);
            }

            if (size - 2 < SmallestHeadline)
            {
                var kept = lines.Take(fitting).ToList();
                kept[^1] = Fit(kept[^1] + " " + string.Join(' ', lines.Skip(fitting)), font, width);
                return (font, kept);
            }

            font.Dispose();
        }
    }

    private static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>The text, or as much of it as fits the width followed by an ellipsis.</summary>
    private static string Fit(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width)
        {
            return text;
        }

        var end = text.Length;
        while (end > 0 && font.MeasureText(string.Concat(text.AsSpan(0, end).TrimEnd(), "…")) > width)
        {
            end--;
        }

        return string.Concat(text.AsSpan(0, end).TrimEnd(), "…");
    }

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(CardImage).Assembly.GetManifestResourceStream($"ArticleReader.ShareCards.Fonts.{file}")
            ?? throw new InvalidOperationException($"The font {file} is not embedded in the app.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"The font {file} could not be read.");
    }
}
