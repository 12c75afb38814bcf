using ArticleReader.Data;
using ArticleReader.Library;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Accounts;

/// <summary>
/// <c>admin create &lt;email&gt; [--name NAME]</c>: makes an admin account (or makes an existing account an admin),
/// with the password read from the first line of standard input so that it shows in no process list or shell history.
/// Exit codes: 0 done, 2 bad input or usage (one line on stderr), 1 anything else.
/// </summary>
public static class AdminCommand
{
    public const string Usage = "usage: admin create <email> [--name NAME]  (the password is read from standard input)";

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        if (!TryParse(args, out var email, out var name, out var problem))
        {
            await stderr.WriteLineAsync($"admin: {problem} ({Usage})");
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Logging.ClearProviders();
        builder.Services.AddArticleReader(builder.Configuration, builder.Environment);
        builder.Services.AddIdentityCore<ReaderUser>(AccountServices.Rules).AddRoles<IdentityRole>().AddEntityFrameworkStores<ReaderDbContext>();
        using var host = builder.Build();
        try
        {
            await using (var scope = host.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<ReaderDbContext>().Database.MigrateAsync();
            }

            await host.Services.PrepareRolesAsync();
            await using var work = host.Services.CreateAsyncScope();
            var users = work.ServiceProvider.GetRequiredService<UserManager<ReaderUser>>();
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                var password = await stdin.ReadLineAsync();
                if (string.IsNullOrEmpty(password))
                {
                    await stderr.WriteLineAsync("admin: give the new account's password on standard input");
                    return 2;
                }

                user = new ReaderUser { UserName = email, Email = email, DisplayName = name ?? email.Split('@')[0], EmailConfirmed = true };
                var created = await users.CreateAsync(user, password);
                if (!created.Succeeded)
                {
                    await stderr.WriteLineAsync($"admin: {email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
                    return 2;
                }
            }

            if (!await users.IsInRoleAsync(user, Viewer.AdminRole))
            {
                await users.AddToRoleAsync(user, Viewer.AdminRole);
            }

            await stdout.WriteLineAsync($"{email} is an admin");
            return 0;
        }
        catch (Exception e)
        {
            await stderr.WriteLineAsync($"admin: failed: {e.GetBaseException().Message}");
            return 1;
        }
    }

    private static bool TryParse(string[] args, out string email, out string? name, out string problem)
    {
        email = string.Empty;
        name = null;
        problem = string.Empty;
        if (args is not ["create", var address, .. var rest])
        {
            problem = args.Length == 0 ? "no subcommand given" : args[0] == "create" ? "no email given" : $"unknown subcommand {args[0]}";
            return false;
        }

        if (!address.Contains('@', StringComparison.Ordinal) || address.StartsWith("--", StringComparison.Ordinal))
        {
            problem = $"'{address}' is not an email address";
            return false;
        }

        email = address;
        if (rest is ["--name", var given] && !string.IsNullOrWhiteSpace(given))
        {
            name = given.Trim();
        }
        else if (rest.Length > 0)
        {
            problem = $"unexpected {string.Join(' ', rest)}";
            return false;
        }

        return true;
    }
}
