using System.Globalization;
using System.Text;

namespace ArticleReader.Ingestion.Entities.Tagging;

/// <summary>
/// The sparse features of every token of a document, as hashes: the word (lower-cased) and its shape, affixes and
/// casing (the encoder is uncased), its neighbours, the gazetteer's places and demonyms it is part of, and how the
/// same word is written elsewhere in the document (a headline in capitals reads its words from the body).
/// Training and tagging both call this, so the model sees the same features in both.
/// </summary>
public sealed class TaggerFeatures(Gazetteer.Gazetteer gazetteer)
{
    /// <summary>Longest place name looked up in the gazetteer, in tokens.</summary>
    private const int MaxPlaceTokens = 4;

    /// <summary>Longest prefix and suffix used, in characters.</summary>
    private const int MaxAffix = 4;

    private const string Boundary = "<s>";

    public ulong[][][] Extract(IReadOnlyList<IReadOnlyList<string>> document)
    {
        var usage = DocumentUsage(document);
        var result = new ulong[document.Count][][];
        var features = new List<ulong>();
        for (var s = 0; s < document.Count; s++)
        {
            var words = document[s];
            var headline = IsHeadline(words);
            var lower = words.Select(w => w.ToLowerInvariant()).ToArray();
            var shapes = words.Select(Shape).ToArray();
            var places = PlaceTags(words);
            result[s] = new ulong[words.Count][];
            for (var i = 0; i < words.Count; i++)
            {
                features.Clear();
                var word = words[i];
                AddWord(features, word, lower[i], shapes[i]);

                if (i == 0)
                {
                    Add(features, "first|sh=", shapes[i]);
                }

                if (headline)
                {
                    Add(features, "head|w=", lower[i]);
                }

                AddNeighbours(features, lower, shapes, i);
                if (places[i] is { } place)
                {
                    Add(features, "gz=", place);
                    Add(features, "gzw=", place + " " + (i > 0 ? lower[i - 1] : Boundary));
                }

                // How the document writes this word where its case says something: not first in a sentence, not in a headline.
                if (usage.TryGetValue(lower[i], out var seen))
                {
                    Add(features, "doc=", seen.Describe());
                    Add(features, "docsh=", shapes[i] + " " + seen.Describe());
                }

                result[s][i] = [.. features];
            }
        }

        return result;
    }

    /// <summary>The word's own features: itself, lower-cased and as written, its shapes and its affixes.</summary>
    private static void AddWord(List<ulong> features, string word, string lower, string shape)
    {
        Add(features, "b");
        Add(features, "w=", lower);
        Add(features, "W=", word);
        Add(features, "sh=", shape);
        Add(features, "ls=", LongShape(word));
        for (var n = 1; n <= MaxAffix && n < lower.Length; n++)
        {
            Add(features, "p" + n.ToString(CultureInfo.InvariantCulture) + "=", lower[..n]);
            Add(features, "s" + n.ToString(CultureInfo.InvariantCulture) + "=", lower[^n..]);
        }
    }

    /// <summary>The words and shapes around word <paramref name="i"/>, two either side.</summary>
    private static void AddNeighbours(List<ulong> features, string[] lower, string[] shapes, int i)
    {
        var count = lower.Length;
        var previous = i > 0 ? lower[i - 1] : Boundary;
        var next = i + 1 < count ? lower[i + 1] : Boundary;
        Add(features, "w-1=", previous);
        Add(features, "w+1=", next);
        Add(features, "w-2=", i > 1 ? lower[i - 2] : Boundary);
        Add(features, "w+2=", i + 2 < count ? lower[i + 2] : Boundary);
        Add(features, "w-1w=", previous + " " + lower[i]);
        Add(features, "ww+1=", lower[i] + " " + next);
        Add(features, "sh-1=", i > 0 ? shapes[i - 1] : Boundary);
        Add(features, "sh+1=", i + 1 < count ? shapes[i + 1] : Boundary);
        Add(features, "sh-1sh+1=", (i > 0 ? shapes[i - 1] : Boundary) + " " + shapes[i] + " " + (i + 1 < count ? shapes[i + 1] : Boundary));
    }

    /// <summary>A sentence with no lower-case letter but several upper-case ones: a headline in capitals.</summary>
    private static bool IsHeadline(IReadOnlyList<string> words) =>
        !words.Any(w => w.Any(char.IsLower)) && words.Sum(w => w.Count(char.IsUpper)) > 1;

    private sealed class Usage
    {
        public bool Capitalized { get; set; }

        public bool Lower { get; set; }

        public string Describe() => (Capitalized, Lower) switch
        {
            (true, true) => "both",
            (true, false) => "cap",
            (false, true) => "low",
            _ => "none",
        };
    }

    private static Dictionary<string, Usage> DocumentUsage(IReadOnlyList<IReadOnlyList<string>> document)
    {
        var usage = new Dictionary<string, Usage>(StringComparer.Ordinal);
        foreach (var words in document)
        {
            if (IsHeadline(words))
            {
                continue;
            }

            for (var i = 1; i < words.Count; i++)
            {
                var word = words[i];
                if (word.Length == 0 || !char.IsLetter(word[0]))
                {
                    continue;
                }

                var key = word.ToLowerInvariant();
                if (!usage.TryGetValue(key, out var seen))
                {
                    usage[key] = seen = new Usage();
                }

                if (char.IsUpper(word[0]))
                {
                    seen.Capitalized = true;
                }
                else
                {
                    seen.Lower = true;
                }
            }
        }

        return usage;
    }

    /// <summary>For each token, its place in the longest gazetteer name it is part of (<c>B-Country</c>, <c>I-City</c>, <c>demonym</c>).</summary>
    private string?[] PlaceTags(IReadOnlyList<string> words)
    {
        var tags = new string?[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Length == 0 || !char.IsUpper(words[i][0]))
            {
                continue;
            }

            var text = new StringBuilder();
            var ends = new List<int>();
            for (var j = i; j < Math.Min(words.Count, i + MaxPlaceTokens); j++)
            {
                if (j > i)
                {
                    text.Append(' ');
                }

                text.Append(TitleCase(words[j]));
                ends.Add(text.Length);
            }

            var joined = text.ToString();
            var length = gazetteer.LongestPlaceAt(joined, 0, out var place);
            var tokens = ends.IndexOf(length) + 1;
            if (length > 0 && tokens > 0 && place is not null)
            {
                for (var j = 0; j < tokens; j++)
                {
                    tags[i + j] = (j == 0 ? "B-" : "I-") + place.Kind;
                }

                i += tokens - 1;
            }
            else if (gazetteer.TryFindDemonym(TitleCase(words[i]), out _))
            {
                tags[i] = "demonym";
            }
        }

        return tags;
    }

    /// <summary>A word in capitals as a name is written ("BRUSSELS" → "Brussels"), so the gazetteer finds it.</summary>
    private static string TitleCase(string word) =>
        word.Length > 1 && word.All(c => !char.IsLower(c)) && word.Any(char.IsLetter)
            ? string.Concat(word[..1], word[1..].ToLowerInvariant())
            : word;

    /// <summary>Character classes with repeats collapsed: "McDonald" → "XxXx", "1996-08-22" → "d-d-d".</summary>
    public static string Shape(string word)
    {
        var shape = new StringBuilder();
        foreach (var c in word)
        {
            var cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (shape.Length == 0 || shape[^1] != cls)
            {
                shape.Append(cls);
            }
        }

        return shape.ToString();
    }

    /// <summary>Character classes of the first six characters, uncollapsed, and the length class.</summary>
    private static string LongShape(string word)
    {
        var shape = new StringBuilder();
        foreach (var c in word.Take(6))
        {
            shape.Append(char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c);
        }

        return shape.Append(word.Length > 6 ? "+" : string.Empty).ToString();
    }

    private static void Add(List<ulong> features, string name, string value = "") => features.Add(Hash(name, value));

    /// <summary>FNV-1a over the name and value: stable across runs and platforms, unlike string.GetHashCode.</summary>
    private static ulong Hash(string name, string value)
    {
        var hash = 14695981039346656037ul;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 1099511628211ul;
        }

        hash = (hash ^ 0x1f) * 1099511628211ul;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 1099511628211ul;
        }

        return hash;
    }
}
