using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace ArticleReader.Accounts;

/// <summary>
/// Mail to an account's address, written as RFC 5322 messages into <see cref="AccountOptions.MailPickupPath"/> for the
/// mail transfer agent's pickup. Sign-up sends one message whether or not the address has an account, so the sign-up
/// page can answer the same in both cases.
/// </summary>
public sealed partial class AccountMail(IOptions<AccountOptions> options, TimeProvider clock, ILogger<AccountMail> logger)
{
    public const string From = "ArticleReader <no-reply@articlereader.invalid>";

    public Task SendConfirmationAsync(string email, string confirmationUrl, CancellationToken cancellationToken) =>
        WriteAsync(email, "Confirm your ArticleReader account", $"""
            Someone, probably you, created an ArticleReader account with this address.
            Open this link to confirm it and sign in:

            {confirmationUrl}

            If it was not you, ignore this message: the account stays unconfirmed.
            """, cancellationToken);

    public Task SendAlreadyRegisteredAsync(string email, string signInUrl, CancellationToken cancellationToken) =>
        WriteAsync(email, "You already have an ArticleReader account", $"""
            Someone, probably you, tried to create an ArticleReader account with this address, which already has one.
            Sign in here instead:

            {signInUrl}

            If it was not you, ignore this message: nothing has changed.
            """, cancellationToken);

    private async Task WriteAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var folder = options.Value.MailPickupPath;
        Directory.CreateDirectory(folder);
        var now = clock.GetUtcNow();
        var message = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"From: {From}\r\n")
            .Append(CultureInfo.InvariantCulture, $"To: {to}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Subject: {subject}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Date: {now.ToString("r", CultureInfo.InvariantCulture)}\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n\r\n")
            .Append(body.ReplaceLineEndings("\r\n"))
            .Append("\r\n")
            .ToString();
        var path = Path.Combine(folder, $"{now:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await File.WriteAllTextAsync(path, message, new UTF8Encoding(false), cancellationToken);
        LogWritten(logger, subject, path);
    }

    [LoggerMessage(LogLevel.Information, "Account mail \"{Subject}\" written to {Path}")]
    private static partial void LogWritten(ILogger logger, string subject, string path);
}
