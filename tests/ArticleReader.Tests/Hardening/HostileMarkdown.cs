using CsCheck;

namespace ArticleReader.Tests.Hardening;

/// <summary>Generated note bodies made to break renderers: deep quotes, lists and emphasis, unclosed markup, invisible and bidi characters.</summary>
public static class HostileMarkdown
{
    private static readonly string[] Pieces =
    [
        ">", "> ", "- ", "* ", "+ ", "1. ", "10) ", "*", "_", "**", "__", "~~", "`", "```", "~~~", "[", "]", "](", ")", "(",
        "![", "<", ">", "&", "&#", "&amp;", "\\", "#", "## ", "|", "---", "===", "\n", "\n\n", "  \n", "    ", "\t", " ",
        "x", "word ", "http://", "https://example.org", "mailto:", "javascript:", "<script>", "\"", "'", ":", "^", "$$",
        "\u200B", "\u200D", "\u2060", "\uFEFF", "\u202E", "\u2066", "\u2069", "\u0301", "\u3164", "\uD83D\uDE00", "\0", "\r",
    ];

    /// <summary>Up to a dozen runs of a piece repeated up to 300 times, cut at the note length limit.</summary>
    public static Gen<string> Body { get; } =
        Gen.Select(Gen.OneOf(Pieces), Gen.Int[1, 300], (piece, times) => string.Concat(Enumerable.Repeat(piece, times)))
            .Array[1, 12]
            .Select(runs => string.Concat(runs))
            .Select(body => body.Length > 10_000 ? body[..10_000] : body);

    /// <summary>Hostile bodies that are still fine notes: bounded nesting, bidi and zero-width characters among visible text.</summary>
    public static IReadOnlyList<string> Samples { get; } =
    [
        "> > > quoted three deep",
        "- a\n  - b\n    - c\n      - d",
        "*a **b ~~c~~ b** a*",
        "\u202Eevil\u202C and \u2066isolated\u2069 text",
        "x\u200B\u200Dy",
        "[link](javascript:alert(1)) <script>alert(1)</script>",
        "```\nunclosed code",
        string.Concat(Enumerable.Repeat("[", 5000)) + "x",
    ];

    /// <summary>The bodies of the issue: 128 nested quotes, list markers, ordered markers and emphasis, then a letter.</summary>
    public static IEnumerable<string> Known() =>
        [
            string.Concat(Enumerable.Repeat(">", 128)) + "x",
            string.Concat(Enumerable.Repeat("- ", 128)) + "x",
            string.Concat(Enumerable.Repeat("1. ", 128)) + "x",
            string.Concat(Enumerable.Repeat("*", 128)) + "x" + string.Concat(Enumerable.Repeat("*", 128)),
            string.Concat(Enumerable.Repeat("*a ", 200)) + string.Concat(Enumerable.Repeat("b* ", 200)),
        ];
}
