using ArticleReader.Data;
using ArticleReader.Tests.Infrastructure;
using ArticleReader.Tests.Ingest;
using ArticleReader.Tests.Library;
using ArticleReader.Tests.Notes;
using ArticleReader.Tests.Pages;

namespace ArticleReader.Tests.Postgres;

// The behaviours every provider must have, run again on PostgreSQL: each class inherits its tests from the SQLite one
// and only swaps the database. Skipped without a server (PostgresTestServer), failed under CI=true.

public sealed class StoredArticleTestsOnPostgres(PostgresAppFactory factory) : StoredArticleTests(factory), IClassFixture<PostgresAppFactory>, IRunsOnPostgres;

public sealed class RevisionTestsOnPostgres(PostgresAppFactory factory) : RevisionTests(factory), IClassFixture<PostgresAppFactory>, IRunsOnPostgres;

public sealed class NoteFlowTestsOnPostgres(PostgresAppFactory factory) : NoteFlowTests(factory), IClassFixture<PostgresAppFactory>, IRunsOnPostgres;

public sealed class NoteWriteTestsOnPostgres(PostgresAppFactory factory) : NoteWriteTests(factory), IClassFixture<PostgresAppFactory>, IRunsOnPostgres;

public sealed class NoteVisibilityTestsOnPostgres(PostgresAppFactory factory) : NoteVisibilityTests(factory), IClassFixture<PostgresAppFactory>, IRunsOnPostgres;

public sealed class NoteReanchoringTestsOnPostgres(PostgresAppFactory factory) : NoteReanchoringTests(factory), IClassFixture<PostgresAppFactory>, IRunsOnPostgres;

public sealed class NoteExportTestsOnPostgres(PostgresAppFactory factory) : NoteExportTests(factory), IClassFixture<PostgresAppFactory>, IRunsOnPostgres;

public sealed class NoteSearchTestsOnPostgres(PostgresAppFactory factory) : NoteSearchTests(factory), IClassFixture<PostgresAppFactory>, IRunsOnPostgres;

public sealed class SearchPageTestsOnPostgres(PostgresAppFactory factory) : SearchPageTests(factory), IClassFixture<PostgresAppFactory>, IRunsOnPostgres;

public sealed class AccountTestsOnPostgres(PostgresAppFactory factory) : AccountTests(factory), IClassFixture<PostgresAppFactory>, IRunsOnPostgres;

public sealed class IngestJobTestsOnPostgres() : IngestJobTests(DatabaseProvider.Postgres), IRunsOnPostgres;

public sealed class VisibilityMatrixTestsOnPostgres() : VisibilityMatrixTests(DatabaseProvider.Postgres), IRunsOnPostgres;

public sealed class AddArticleTestsOnPostgres() : AddArticleTests(DatabaseProvider.Postgres), IRunsOnPostgres;

public sealed class ManageTestsOnPostgres() : ManageTests(DatabaseProvider.Postgres), IRunsOnPostgres;
