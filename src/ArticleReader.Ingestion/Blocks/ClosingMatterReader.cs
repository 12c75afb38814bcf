using System.Text.RegularExpressions;

namespace ArticleReader.Ingestion.Blocks;

/// <summary>What follows the body of an article: author biographies and publisher boilerplate.</summary>
public sealed record ClosingMatter(
    int BodyEnd,
    TextBlock? AboutHeading,
    IReadOnlyList<TextBlock> Biographies,
    IReadOnlyList<AuthorCredit> Authors,
    IReadOnlyList<Boilerplate> Boilerplate);

/// <summary>Recognizes the closing matter by reading the article's blocks backwards from its end.</summary>
public static partial class ClosingMatterReader
{
    private const int MaxTrailingBoilerplate = 6;

    public static ClosingMatter Read(IReadOnlyList<TextBlock> blocks, int bodyStart)
    {
        var end = blocks.Count;
        var boilerplate = new List<Boilerplate>();
        while (end > bodyStart && boilerplate.Count < MaxTrailingBoilerplate && !blocks[end - 1].IsHeading && BoilerplateKindOf(blocks[end - 1].Text) is { } kind)
        {
            end--;
            boilerplate.Insert(0, new Boilerplate(kind, blocks[end].Span, blocks[end].Text));
        }

        var biographies = new List<TextBlock>();
        var authors = new List<AuthorCredit>();
        while (end - 1 > bodyStart && !blocks[end - 1].IsHeading && AuthorOf(blocks[end - 1]) is { } author)
        {
            end--;
            biographies.Insert(0, blocks[end]);
            authors.Insert(0, author);
        }

        TextBlock? heading = null;
        if (end > bodyStart && AboutHeading().IsMatch(blocks[end - 1].Text))
        {
            end--;
            heading = blocks[end];
        }

        return new ClosingMatter(end, heading, biographies, authors, boilerplate);
    }

    private static BoilerplateKind? BoilerplateKindOf(string text)
    {
        if (text.Length > 200)
        {
            return null;
        }

        if (SocialFollow().IsMatch(text))
        {
            return BoilerplateKind.SocialFollow;
        }

        if (Subscription().IsMatch(text))
        {
            return BoilerplateKind.Subscription;
        }

        if (Copyright().IsMatch(text))
        {
            return BoilerplateKind.Copyright;
        }

        return ReadMore().IsMatch(text) ? BoilerplateKind.ReadMore : null;
    }

    /// <summary>The author a paragraph introduces, when it opens with a name and reads like a biography.</summary>
    private static AuthorCredit? AuthorOf(TextBlock block)
    {
        var match = BiographyOpening().Match(block.Text);
        if (!match.Success || !BiographyCue().IsMatch(block.Text))
        {
            return null;
        }

        var name = match.Groups["name"];
        var start = block.Span.Start + name.Index;
        return new AuthorCredit(name.Value, new TextSpan(start, start + name.Length), block.Span);
    }

    [GeneratedRegex(@"^(?:Follow|Like|Join)\s+us\s+(?:on|at)\s+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SocialFollow();

    [GeneratedRegex(@"^(?:Subscribe|Sign\s+up)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Subscription();

    [GeneratedRegex(@"^(?:©|\(c\)\s|Copyright\b)|\bAll rights reserved\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^(?:Read more|Related|See also|Share this)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadMore();

    [GeneratedRegex(@"^About\s+the\s+authors?\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutHeading();

    // An optional honorific, then two to four capitalized name words, then a biographical verb or an appositive comma.
    [GeneratedRegex("""
        ^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\.?(?:des\.|phil\.|med\.)?\s+)?
        (?<name>\p{Lu}[\p{L}'’\-]+(?:\s+(?:(?:van|von|de|der|del|da|di|al|bin|ibn|le|la)\s+)?\p{Lu}[\p{L}'’\-]*\.?){1,3})
        (?:,|\s+(?:is|was|worked|works|has|had|holds|held|teaches|taught|served|serves|graduated|received|earned|writes|wrote|leads|heads|directs|founded|specializes|specialises|studied|joined|covers|reports)\b)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex BiographyOpening();

    [GeneratedRegex(@"\b(?:expert|fellow|professor|lecturer|assistant|advis[eo]r|worked as|works as|served as|graduated|degree|Ph\.?D|MBA|M\.?A\.|doctorate|thesis|author of|journalist|analyst|researcher|scholar|editor|correspondent|universit|candidate|director|founder|co-founder|publishes|consultant|specializ|specialis)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BiographyCue();
}
