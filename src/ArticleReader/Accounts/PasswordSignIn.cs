using System.Security.Cryptography;
using ArticleReader.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ArticleReader.Accounts;

/// <summary>How a sign-in ended, as the form tells it.</summary>
public enum SignInOutcome
{
    SignedIn,

    /// <summary>Unknown email or wrong password (also during a lockout): the same answer, so accounts are not revealed.</summary>
    Refused,

    /// <summary>The right password for a locked account: only someone who knows it learns that they must wait.</summary>
    LockedOut,

    /// <summary>The right password for an account whose email is not confirmed yet.</summary>
    NotConfirmed,
}

/// <summary>
/// Signs a reader in by email and password so that every path costs one password hash: an unknown email is checked
/// against a dummy hash, a locked account still has its password checked. Failures count towards Identity's lockout.
/// </summary>
public sealed class PasswordSignIn(UserManager<ReaderUser> users, SignInManager<ReaderUser> signIn, DummyPasswordHash dummy)
{
    public async Task<(SignInOutcome Outcome, ReaderUser? User)> SignInAsync(string email, string password)
    {
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            dummy.Verify(users.PasswordHasher, password);
            return (SignInOutcome.Refused, null);
        }

        var correct = await users.CheckPasswordAsync(user, password);
        if (await users.IsLockedOutAsync(user))
        {
            return (correct ? SignInOutcome.LockedOut : SignInOutcome.Refused, user);
        }

        if (!correct)
        {
            await users.AccessFailedAsync(user);
            return (SignInOutcome.Refused, user);
        }

        if (!await users.IsEmailConfirmedAsync(user))
        {
            return (SignInOutcome.NotConfirmed, user);
        }

        await users.ResetAccessFailedCountAsync(user);
        await signIn.SignInAsync(user, isPersistent: false);
        return (SignInOutcome.SignedIn, user);
    }
}

/// <summary>
/// A hash of a random password, made once at start-up with Identity's hasher and its options (so verifying it costs
/// what verifying a real one does), to spend on emails that have no account.
/// </summary>
public sealed class DummyPasswordHash(IOptions<PasswordHasherOptions> options)
{
    private static readonly ReaderUser Nobody = new() { DisplayName = string.Empty };
    private readonly string _hash = new PasswordHasher<ReaderUser>(options).HashPassword(Nobody, RandomNumberGenerator.GetHexString(32));

    public void Verify(IPasswordHasher<ReaderUser> hasher, string password) => hasher.VerifyHashedPassword(Nobody, _hash, password);
}
