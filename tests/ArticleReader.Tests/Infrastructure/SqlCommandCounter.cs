using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ArticleReader.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands each HTTP request sends: an EF Core interceptor added to the app's database options, and a
/// middleware in front of the whole pipeline that opens a count for the request. Commands outside a request (start-up,
/// the ingest worker) are not counted. Shared by the query-count tests and bench/PageQueries.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor, IStartupFilter
{
    private static readonly AsyncLocal<StrongBox<int>?> Current = new();

    private readonly Channel<int> _finished = Channel.CreateUnbounded<int>();

    /// <summary>Adds a counter to the app's services (in <c>ConfigureTestServices</c>).</summary>
    public static SqlCommandCounter AddTo(IServiceCollection services)
    {
        var counter = new SqlCommandCounter();
        services.AddSingleton<IStartupFilter>(counter);
        services.ConfigureDbContext<ReaderDbContext>(options => options.AddInterceptors(counter));
        return counter;
    }

    /// <summary>The number of SQL commands of the next request to finish (requests are counted in the order they end).</summary>
    public async Task<int> NextRequestAsync(CancellationToken cancellationToken = default) =>
        await _finished.Reader.ReadAsync(cancellationToken);

    /// <summary>Forgets the counts of requests that finished before now.</summary>
    public void Clear()
    {
        while (_finished.Reader.TryRead(out _))
        {
        }
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextStep) =>
        {
            var count = new StrongBox<int>();
            Current.Value = count;
            try
            {
                await nextStep(context);
            }
            finally
            {
                Current.Value = null;
                _finished.Writer.TryWrite(count.Value);
            }
        });
        next(app);
    };

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Count(result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Count(result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Count(result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(result));

    private static T Count<T>(T result)
    {
        if (Current.Value is { } count)
        {
            Interlocked.Increment(ref count.Value);
        }

        return result;
    }
}
