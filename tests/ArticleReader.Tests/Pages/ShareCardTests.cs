using System.Net;
using ArticleReader.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace ArticleReader.Tests.Pages;

/// <summary>A shared claim or article unfurls with a card drawn for it: its own text, on a 1200 × 630 PNG.</summary>
public sealed class ShareCardTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    [Fact]
    public async Task A_claim_page_shares_a_card_of_its_own_that_differs_from_another_claims()
    {
        var client = factory.CreateClient();
        var keys = await factory.WithDbAsync(async db =>
        {
            var article = await db.Articles.Where(a => a.Slug == HtmlPages.SeedSlug).OrderByDescending(a => a.Revision).Select(a => a.Id).FirstAsync();
            return await db.Claims.Where(c => c.ArticleId == article).OrderBy(c => c.Position).Select(c => c.Key).Take(2).ToListAsync();
        });

        var cards = new List<byte[]>();
        foreach (var key in keys)
        {
            var (_, page) = await client.GetPageAsync($"{HtmlPages.SeedUrl}/claims/{key}");
            var image = new Uri(page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!);
            Assert.Equal($"{HtmlPages.SeedUrl}/claims/{key}/card.png", image.AbsolutePath);
            Assert.Equal(page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"), page.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"));
            cards.Add(await AssertCardAsync(client, image.AbsolutePath));
        }

        Assert.NotEqual(cards[0], cards[1]);
    }

    [Fact]
    public async Task The_reading_page_shares_the_articles_card()
    {
        var client = factory.CreateClient();
        var (_, page) = await client.GetPageAsync(HtmlPages.SeedUrl);

        var image = new Uri(page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!);
        Assert.Equal($"{HtmlPages.SeedUrl}/card.png", image.AbsolutePath);
        await AssertCardAsync(client, image.AbsolutePath);
    }

    [Fact]
    public async Task A_claim_the_article_lacks_has_no_card()
    {
        var response = await factory.CreateClient().GetAsync(new Uri($"{HtmlPages.SeedUrl}/claims/no-such-claim/card.png", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("has no claim 'no-such-claim'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A 1200 × 630 PNG with text drawn on it: a good share of its pixels are the ink colour, not the paper.</summary>
    private static async Task<byte[]> AssertCardAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        var paper = bitmap.GetPixel(600, 315 + 300);
        var inked = 0;
        for (var y = 0; y < bitmap.Height; y += 3)
        {
            for (var x = 40; x < bitmap.Width; x += 3)
            {
                if (bitmap.GetPixel(x, y).Red < 120)
                {
                    inked++;
                }
            }
        }

        Assert.Equal(new SKColor(0xfd, 0xfc, 0xf8), paper);
        Assert.InRange(inked, 300, 40_000);
        return png;
    }
}
