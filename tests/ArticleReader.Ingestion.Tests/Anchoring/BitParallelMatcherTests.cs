using ArticleReader.Ingestion.Anchoring;

namespace ArticleReader.Ingestion.Tests.Anchoring;

/// <summary>The bit-parallel matcher must agree with the textbook dynamic programme on every column, whatever the pattern's length.</summary>
public sealed class BitParallelMatcherTests
{
    // Small alphabets make near matches common; the others bring in code units far apart (Latin-1, Cyrillic, a surrogate pair).
    private static readonly string[] Alphabets = ["ab", "acgt", "abcdefghijklmnopqrstuvwxyz ", "aé€Жб\uD83D\uDE00"];

    public static TheoryData<int> Seeds() => new(Enumerable.Range(0, 40));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SearchDistancesEqualTheDynamicProgrammeAtEveryEnd(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 10; round++)
        {
            var (pattern, text) = RandomCase(random);
            var actual = new int[text.Length + 1];

            new BitParallelMatcher(pattern).Search(text, actual);

            Assert.Equal(Reference(pattern, text, anchored: false), actual);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void PrefixDistancesEqualTheDynamicProgrammeAtEveryEnd(int seed)
    {
        var random = new Random(1000 + seed);
        for (var round = 0; round < 10; round++)
        {
            var (pattern, text) = RandomCase(random);
            var actual = new int[text.Length + 1];
            var matcher = new BitParallelMatcher(pattern);

            matcher.Prefixes(text, actual);

            var expected = Reference(pattern, text, anchored: true);
            Assert.Equal(expected, actual);
            Assert.Equal(expected[^1], matcher.Distance(text));
        }
    }

    [Theory]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(128)]
    [InlineData(129)]
    public void BlockBoundariesAreExact(int length)
    {
        var random = new Random(length);
        var pattern = RandomString(random, "acgt", length);
        var text = RandomString(random, "acgt", 40) + Mutate(random, pattern, "acgt", 5) + RandomString(random, "acgt", 40);
        var actual = new int[text.Length + 1];

        new BitParallelMatcher(pattern).Search(text, actual);

        Assert.Equal(Reference(pattern, text, anchored: false), actual);
    }

    [Fact]
    public void DistanceOfClassicPairs()
    {
        Assert.Equal(3, new BitParallelMatcher("kitten").Distance("sitting"));
        Assert.Equal(0, new BitParallelMatcher("Netanyahu’s").Distance("Netanyahu’s"));
        Assert.Equal(1, new BitParallelMatcher("Netanyahus").Distance("Netanyahu’s"));
        Assert.Equal(4, new BitParallelMatcher("abcd").Distance(string.Empty));
    }

    [Fact]
    public void AnEmptyPatternIsRefused() =>
        Assert.Throws<ArgumentException>(() => new BitParallelMatcher(string.Empty));

    private static (string Pattern, string Text) RandomCase(Random random)
    {
        var alphabet = Alphabets[random.Next(Alphabets.Length)];

        // Lengths straddle one, two and three 64-bit blocks.
        var pattern = RandomString(random, alphabet, random.Next(1, 200));
        var text = random.Next(3) switch
        {
            0 => RandomString(random, alphabet, random.Next(0, 300)),
            _ => RandomString(random, alphabet, random.Next(0, 100)) + Mutate(random, pattern, alphabet, random.Next(0, (pattern.Length / 3) + 1)) + RandomString(random, alphabet, random.Next(0, 100)),
        };
        return (pattern, text);
    }

    private static string RandomString(Random random, string alphabet, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);

    private static string Mutate(Random random, string text, string alphabet, int edits)
    {
        var chars = text.ToList();
        for (var i = 0; i < edits; i++)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(3))
            {
                case 0:
                    chars.Insert(at, alphabet[random.Next(alphabet.Length)]);
                    break;
                case 1 when at < chars.Count:
                    chars.RemoveAt(at);
                    break;
                default:
                    if (at < chars.Count)
                    {
                        chars[at] = alphabet[random.Next(alphabet.Length)];
                    }

                    break;
            }
        }

        return new string([.. chars]);
    }

    /// <summary>D[i][j] over the whole matrix; row 0 is 0 when searching and j when the match must start at the text's beginning.</summary>
    private static int[] Reference(string pattern, string text, bool anchored)
    {
        var previous = new int[text.Length + 1];
        for (var j = 0; j <= text.Length; j++)
        {
            previous[j] = anchored ? j : 0;
        }

        for (var i = 1; i <= pattern.Length; i++)
        {
            var current = new int[text.Length + 1];
            current[0] = i;
            for (var j = 1; j <= text.Length; j++)
            {
                var substitution = previous[j - 1] + (pattern[i - 1] == text[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous;
    }
}
