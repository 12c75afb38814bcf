using Npgsql;

namespace ArticleReader.Tests.Data;

/// <summary>The app's own defaults for its PostgreSQL pool, which give way to whatever the operator's connection string says.</summary>
public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void Commands_are_prepared_and_connections_kept_unreset_unless_the_operator_says_otherwise()
    {
        var defaults = new NpgsqlConnectionStringBuilder(DatabaseServices.PostgresConnectionString("Host=db;Username=reader;Database=reader"));
        Assert.Equal(("db", DatabaseServices.MaxAutoPrepare, true), (defaults.Host, defaults.MaxAutoPrepare, defaults.NoResetOnClose));

        var chosen = new NpgsqlConnectionStringBuilder(DatabaseServices.PostgresConnectionString("Host=db;Max Auto Prepare=0;No Reset On Close=false"));
        Assert.Equal((0, false), (chosen.MaxAutoPrepare, chosen.NoResetOnClose));
    }
}
