using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using ArticleReader.Accounts;
using ArticleReader.Notes;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ArticleReader.Web;

/// <summary>
/// Fixed windows of POSTs: note writes per reader (<see cref="NotesOptions"/>), and sign-in and sign-up attempts per
/// client address (<see cref="AccountOptions"/>), so nobody can guess passwords or make accounts in bulk. Reading is
/// free. Razor Pages put endpoint metadata on every handler of a page, so a global limiter picks the POSTs by method
/// and marker attribute instead of <c>[EnableRateLimiting]</c>. A refusal is a 429 with <c>Retry-After</c>.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<NotesOptions>, IOptions<AccountOptions>>((limiter, notes, accounts) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var metadata = context.GetEndpoint()?.Metadata;
                if (!HttpMethods.IsPost(context.Request.Method) || metadata is null)
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                if (metadata.GetMetadata<AccountAttemptAttribute>() is not null)
                {
                    // The address as the forwarded-headers middleware leaves it: a client's own X-Forwarded-For counts only from configured proxies.
                    var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                    return FixedWindow("account:" + client, accounts.Value.AttemptsPerWindow, accounts.Value.AttemptWindow);
                }

                if (metadata.GetMetadata<NoteWriteAttribute>() is not null)
                {
                    // Writers are signed in; an anonymous POST is refused by authorization anyway, so one shared bucket will do.
                    var user = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";
                    return FixedWindow("notes:" + user, notes.Value.WritesPerWindow, notes.Value.WriteWindow);
                }

                return RateLimitPartition.GetNoLimiter(string.Empty);
            });
            limiter.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    private static RateLimitPartition<string> FixedWindow(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
}
