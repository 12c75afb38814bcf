using System.Security.Cryptography;
using System.Text;

namespace ArticleReader.Ingestion.Claims;

/// <summary>
/// Short keys for claims: the first 40 bits of the SHA-256 of the claim's normalized text, in lower-case base32.
/// Case, spacing, punctuation and quote or dash styles do not change the key.
/// </summary>
public static class ClaimKey
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string For(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(text)));
        var bits = ((ulong)hash[0] << 32) | ((ulong)hash[1] << 24) | ((ulong)hash[2] << 16) | ((ulong)hash[3] << 8) | hash[4];
        var key = new char[8];
        for (var i = 7; i >= 0; i--)
        {
            key[i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }

        return new string(key);
    }

    /// <summary>Letters and digits only, lower case, words separated by single spaces.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in TextNormalizer.ForComparison(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }
}
