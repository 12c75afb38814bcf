using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ArticleReader.Notes;

/// <summary>Marks a page whose POST handlers write notes, so that they count against the reader's write limit.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NoteWriteAttribute : Attribute;

/// <summary>
/// A fixed window of note writes per reader. It limits POSTs only: reading the form is free. Razor Pages put
/// endpoint metadata on every handler of a page, so a global limiter picks the writes by method and marker instead
/// of <c>[EnableRateLimiting]</c>.
/// </summary>
public static class NoteWriteRateLimiting
{
    public static IServiceCollection AddNoteWriteRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<NotesOptions>>((limiter, notes) =>
        {
            var settings = notes.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<NoteWriteAttribute>() is null)
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                // Writers are signed in; an anonymous POST is refused by authorization anyway, so one shared bucket will do.
                var user = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";
                return RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.WritesPerWindow,
                    Window = settings.WriteWindow,
                    QueueLimit = 0,
                });
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
}
