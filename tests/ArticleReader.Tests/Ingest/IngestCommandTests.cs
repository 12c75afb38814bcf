using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ArticleReader.Data;
using ArticleReader.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Tests.Ingest;

public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _connectionString;

    public IngestCommandTests() => _connectionString = $"Data Source={Path.Combine(_temp.Path, "reader.db")};Pooling=False";

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Ingesting_the_seed_stores_it_once_and_again_changes_nothing()
    {
        var first = await RunAsync("ingest", RepositoryPaths.SeedArticle);
        Assert.Equal(0, first.Exit);
        Assert.StartsWith("created military-cooperation-between-israel-and-azerbaijan revision 1", first.Stdout, StringComparison.Ordinal);

        var second = await RunAsync("ingest", RepositoryPaths.SeedArticle);
        Assert.Equal(0, second.Exit);
        Assert.StartsWith("unchanged (same SHA-256): military-cooperation-between-israel-and-azerbaijan revision 1", second.Stdout, StringComparison.Ordinal);

        await using var db = OpenDb();
        var article = Assert.Single(await db.Articles.ToListAsync());
        Assert.Equal(await File.ReadAllTextAsync(RepositoryPaths.SeedArticle), article.SourceText);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(RepositoryPaths.SeedArticle))), article.Sha256);
    }

    [Fact]
    public async Task Changed_text_makes_a_new_revision_and_keeps_the_old_one()
    {
        var original = await File.ReadAllTextAsync(RepositoryPaths.SeedArticle);
        var edited = original.Replace("Brenda Schaffer", "Brenda Shaffer", StringComparison.Ordinal);
        var editedPath = _temp.File("edited.txt", edited);

        Assert.Equal(0, (await RunAsync("ingest", RepositoryPaths.SeedArticle)).Exit);
        var revised = await RunAsync("ingest", editedPath);

        Assert.Equal(0, revised.Exit);
        Assert.StartsWith("new revision of military-cooperation-between-israel-and-azerbaijan revision 2", revised.Stdout, StringComparison.Ordinal);
        await using var db = OpenDb();
        var revisions = await db.Articles.OrderBy(a => a.Revision).ToListAsync();
        Assert.Equal([1, 2], revisions.Select(r => r.Revision));
        Assert.Equal(original, revisions[0].SourceText);
        Assert.Equal(edited, revisions[1].SourceText);
        Assert.Equal(2, await db.Sections.Select(s => s.ArticleId).Distinct().CountAsync());
    }

    [Fact]
    public async Task A_lightly_edited_claim_keeps_its_key_in_the_new_revision()
    {
        const string Before = "It was the first official visit of an Iranian leader in Azerbaijan since four years.";
        const string After = "It was the first official visit of an Iranian leader to Azerbaijan in four years.";
        var original = await File.ReadAllTextAsync(RepositoryPaths.SeedArticle);
        Assert.Contains(Before, original, StringComparison.Ordinal);
        var editedPath = _temp.File("edited.txt", original.Replace(Before, After, StringComparison.Ordinal));

        Assert.Equal(0, (await RunAsync("ingest", RepositoryPaths.SeedArticle)).Exit);
        Assert.Equal(0, (await RunAsync("ingest", editedPath)).Exit);

        await using var db = OpenDb();
        var claims = await db.Claims.Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new { a.Revision, c.Key, c.Text }).ToListAsync();
        var before = Assert.Single(claims, c => c.Revision == 1 && c.Text == Before);
        var after = Assert.Single(claims, c => c.Revision == 2 && c.Text == After);
        Assert.Equal(before.Key, after.Key);
        Assert.Equal(
            claims.Where(c => c.Revision == 1 && c.Text != Before).Select(c => c.Key).Order(),
            claims.Where(c => c.Revision == 2 && c.Text != After).Select(c => c.Key).Order());
    }

    [Fact]
    public async Task Search_covers_only_the_current_revision()
    {
        var original = await File.ReadAllTextAsync(RepositoryPaths.SeedArticle);
        var editedPath = _temp.File("edited.txt", original.Replace("Brenda Schaffer", "Brenda Shaffer", StringComparison.Ordinal));

        Assert.Equal(0, (await RunAsync("ingest", RepositoryPaths.SeedArticle)).Exit);
        Assert.Equal(0, (await RunAsync("ingest", editedPath)).Exit);

        await using var db = OpenDb();
        var search = new Search.SqliteSearchIndex(db);
        Assert.Empty(await search.SearchAsync(ArticleReader.Search.SearchQuery.Parse("Schaffer"), 10, ArticleReader.Library.Viewer.Anonymous));
        Assert.NotEmpty(await search.SearchAsync(ArticleReader.Search.SearchQuery.Parse("Shaffer"), 10, ArticleReader.Library.Viewer.Anonymous));
    }

    [Theory]
    [InlineData("kura-talks.md")]
    [InlineData("kura-talks.html")]
    public async Task Markdown_and_html_articles_are_stored_with_spans_into_the_file_as_written(string file)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "ArticleReader.Ingestion.Tests", "Golden", "Formats", file);
        var slug = "kura-" + Path.GetExtension(file).TrimStart('.');

        var result = await RunAsync("ingest", path, "--slug", slug);

        Assert.Equal(0, result.Exit);
        await using var db = OpenDb();
        var article = await db.Articles.Include(a => a.Sections).ThenInclude(s => s.Paragraphs).ThenInclude(p => p.Sentences).SingleAsync(a => a.Slug == slug);
        Assert.Equal(await File.ReadAllTextAsync(path), article.SourceText);
        var sentences = article.Sections.SelectMany(s => s.Paragraphs).SelectMany(p => p.Sentences).ToList();
        Assert.NotEmpty(sentences);
        Assert.All(sentences, s => Assert.Equal(s.Text, article.SourceText[s.Start..s.End]));
        Assert.Contains(article.Sections, s => s.TitleSource == Ingestion.TitleSource.Source);
    }

    [Fact]
    public async Task Dry_run_prints_the_document_and_writes_nothing()
    {
        var result = await RunAsync("ingest", RepositoryPaths.SeedArticle, "--dry-run", "--json");

        Assert.Equal(0, result.Exit);
        Assert.StartsWith("dry run:", result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("articlereader.document/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("revision").GetInt32());
        await using var db = OpenDb();
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Articles.ToListAsync());
    }

    [Fact]
    public async Task Json_output_is_the_whole_document_with_offsets_into_the_source()
    {
        var source = await File.ReadAllTextAsync(RepositoryPaths.SeedArticle);
        var result = await RunAsync("ingest", RepositoryPaths.SeedArticle, "--json");

        Assert.Equal(0, result.Exit);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        var header = root.GetProperty("header");
        Assert.Equal("2017-02-02T10:14:00+04:00", header.GetProperty("published").GetString());
        Assert.Equal("Trend", header.GetProperty("byline").GetProperty("text").GetString());
        Assert.Equal(["Heydar Mirza", "Orkhan Sattarov"], header.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(source.Length, root.GetProperty("sourceLength").GetInt32());
        AssertSlices(source, header.GetProperty("title"));
        AssertSlices(source, header.GetProperty("dateline"));

        var sentences = 0;
        foreach (var section in root.GetProperty("sections").EnumerateArray())
        {
            foreach (var paragraph in section.GetProperty("paragraphs").EnumerateArray())
            {
                AssertSlices(source, paragraph);
                foreach (var sentence in paragraph.GetProperty("sentences").EnumerateArray())
                {
                    AssertSlices(source, sentence);
                    sentences++;
                }
            }
        }

        Assert.True(sentences > 80, $"only {sentences} sentences");
        var boilerplate = Assert.Single(root.GetProperty("boilerplate").EnumerateArray());
        Assert.Equal("social-follow", boilerplate.GetProperty("kind").GetString());
        AssertSlices(source, boilerplate);
        Assert.EndsWith("@AzerNewsAz", boilerplate.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, Func<TempFolder, string>, string> BadInputs => new()
    {
        { "missing path", t => Path.Combine(t.Path, "nowhere.txt"), "no file at" },
        { "empty file", t => t.File("empty.txt", []), "the file is empty" },
        { "binary file", t => t.File("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]), "binary" },
        { "not UTF-8", t => t.File("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 society\n\nBy Someone\n")), "not UTF-8" },
        { "over 5 MB", t => t.File("huge.txt", Encoding.UTF8.GetBytes(new string('a', 5 * 1024 * 1024 + 1))), "at most 5 MB" },
        { "no text line", t => t.File("blank.txt", " \n\t\n  \r\n--- ... ---\n"), "no line of text" },
        { "a folder with no article file", t => t.Path, "has no article files" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_exits_2_with_one_line_and_stores_nothing(string name, Func<TempFolder, string> makeInput, string reason)
    {
        Assert.Equal(0, (await RunAsync("ingest", RepositoryPaths.SeedArticle)).Exit);

        var result = await RunAsync("ingest", makeInput(_temp));

        Assert.True(result.Exit == 2, $"{name}: exit {result.Exit}");
        Assert.Empty(result.Stdout);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(reason, line, StringComparison.Ordinal);
        await using var db = OpenDb();
        Assert.Equal(1, await db.Articles.CountAsync());
        Assert.Equal(1, await db.Sections.Select(s => s.ArticleId).Distinct().CountAsync());
    }

    [Theory]
    [InlineData(new string[0], "no file given")]
    [InlineData(new[] { "a.txt", "--frobnicate" }, "unknown option --frobnicate")]
    [InlineData(new[] { "a.txt", "b.txt", "--slug", "x" }, "--slug names one article")]
    [InlineData(new[] { "a.txt", "--slug", "Not A Slug" }, "not a valid slug")]
    public async Task Usage_errors_exit_2_with_one_line(string[] args, string reason)
    {
        var result = await RunAsync(["ingest", .. args]);

        Assert.Equal(2, result.Exit);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(reason, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_files_and_a_folder_in_a_dry_run_print_one_JSON_line_per_document()
    {
        var folder = Path.Combine(_temp.Path, "articles");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "b.md"), "# Rivers of Europe\n\nThe Danube flows through Vienna and Budapest.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "Trade talks\n\nOfficials of the European Union met in Geneva on Monday.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.csv"), "not,an,article\n");

        var result = await RunAsync("ingest", RepositoryPaths.SeedArticle, folder, "--dry-run", "--json");

        Assert.True(result.Exit == 0, result.Stderr);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var slugs = lines.Select(l =>
        {
            using var json = JsonDocument.Parse(l);
            return json.RootElement.GetProperty("slug").GetString();
        }).ToList();
        Assert.Equal(["military-cooperation-between-israel-and-azerbaijan", "trade-talks", "rivers-of-europe"], slugs);
        Assert.Equal(3, result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("dry run:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_built_app_is_the_command_line_entry_point()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "ArticleReader.dll");
        var start = new ProcessStartInfo("dotnet", [app, "ingest", Path.Combine(_temp.Path, "missing.txt")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["ConnectionStrings__Default"] = _connectionString;
        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Matches("^ingest: .*missing.txt: no file at .*missing.txt\n$", stderr);
    }

    private static void AssertSlices(string source, JsonElement span)
    {
        var start = span.GetProperty("start").GetInt32();
        var end = span.GetProperty("end").GetInt32();
        Assert.Equal(span.GetProperty("text").GetString(), source[start..end]);
    }

    private ReaderDbContext OpenDb() =>
        new(new DbContextOptionsBuilder<ReaderDbContext>().UseSqlite(_connectionString).Options);

    private Task<CliResult> RunAsync(params string[] args) => CliRunner.RunAsync(args, _connectionString);
}
