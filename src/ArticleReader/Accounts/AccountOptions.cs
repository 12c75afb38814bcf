namespace ArticleReader.Accounts;

/// <summary>The <c>Accounts</c> section of the configuration.</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    /// <summary>Sign-in and sign-up attempts (POSTs) one client address may make per <see cref="AttemptWindow"/>: enough for typos, too few to guess passwords.</summary>
    public int AttemptsPerWindow { get; set; } = 10;

    public TimeSpan AttemptWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Folder where account mail (confirmation links, "you already have an account") is written, one <c>.eml</c> file
    /// per message, for the machine's mail transfer agent to pick up; relative paths are anchored as the database is.
    /// </summary>
    public string MailPickupPath { get; set; } = "data/mail";
}
