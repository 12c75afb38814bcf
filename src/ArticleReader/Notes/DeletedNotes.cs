using System.Security.Cryptography;
using ArticleReader.Data;
using Microsoft.Extensions.Caching.Memory;

namespace ArticleReader.Notes;

/// <summary>
/// Deleted notes kept for a short while so their author can undo the deletion: a copy of the thread in memory under
/// a random token, which only the same author can redeem, once, before <see cref="UndoWindow"/> passes.
/// </summary>
public sealed class DeletedNotes(IMemoryCache cache)
{
    /// <summary>How long "Undo" is offered after a note is deleted.</summary>
    public static readonly TimeSpan UndoWindow = TimeSpan.FromSeconds(10);

    private sealed record Kept(string AuthorId, IReadOnlyList<MarginNote> Thread);

    private sealed record Key(string Token);

    /// <summary>Keeps the thread and returns the token that restores it.</summary>
    public string Keep(string authorId, IReadOnlyList<MarginNote> thread)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        cache.Set(new Key(token), new Kept(authorId, thread), UndoWindow);
        return token;
    }

    /// <summary>The kept thread, taken out, if the token is the author's and still in time; otherwise null.</summary>
    public IReadOnlyList<MarginNote>? Take(string token, string authorId)
    {
        if (!cache.TryGetValue(new Key(token), out Kept? kept) || kept is null || kept.AuthorId != authorId)
        {
            return null;
        }

        cache.Remove(new Key(token));
        return kept.Thread;
    }
}
