using System.Reflection;
using ArticleReader.Data;
using ArticleReader.Ingestion;
using NetArchTest.Rules;

namespace ArticleReader.Tests.Architecture;

/// <summary>
/// The direction of dependencies, in one sentence: the HTTP surface (Pages, Api, Web) uses the features (Accounts,
/// Documents, Evaluation, Ingest, Library, Notes, Search, ShareCards), the features use Data and each other without a
/// cycle, Data uses none of them, and the ingestion library uses nothing of the web app. The composition root (the
/// types in the bare <c>ArticleReader</c> namespace that register services) may use everything and is used by none
/// but the command-line commands, which build their own host as the web app does.
/// </summary>
public sealed class DependencyDirectionTests
{
    private static readonly Assembly App = typeof(ReaderDbContext).Assembly;

    private static readonly string[] Surface = ["Pages", "Api", "Web"];

    private static readonly string[] Features = ["Accounts", "Documents", "Evaluation", "Ingest", "Library", "Notes", "Search", "ShareCards"];

    private static readonly string[] CompositionRoot = ["ArticleReader.Program", "ArticleReader.ServiceRegistration", "ArticleReader.DatabaseServices"];

    [Fact]
    public void Every_folder_of_the_app_is_placed_in_a_layer()
    {
        var folders = Types.InAssembly(App).That().ResideInNamespace("ArticleReader").GetTypes()
            .Select(t => t.ReflectionType.Namespace!.Split('.'))
            .Where(parts => parts.Length > 1)
            .Select(parts => parts[1])
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal([.. Features.Append("Data").Concat(Surface).Order(StringComparer.Ordinal)], folders);
    }

    [Fact]
    public void Data_uses_no_feature_and_no_page()
    {
        var offenders = Types.InAssembly(App).That().ResideInNamespace("ArticleReader.Data")
            .And().HaveDependencyOnAny([.. Features.Concat(Surface).Select(Namespace), .. CompositionRoot])
            .GetTypes();
        Assert.True(!offenders.Any(), string.Join(", ", offenders.Select(t => t.FullName)));
    }

    [Theory]
    [MemberData(nameof(FeatureNames))]
    public void A_feature_uses_no_page_nor_the_composition_root(string feature)
    {
        var offenders = Types.InAssembly(App).That().ResideInNamespace(Namespace(feature))
            .And().HaveDependencyOnAny([.. Surface.Select(Namespace)])
            .GetTypes()
            .Concat(Types.InAssembly(App).That().ResideInNamespace(Namespace(feature))
                .And().DoNotHaveNameEndingWith("Command")
                .And().HaveDependencyOnAny(CompositionRoot)
                .GetTypes());
        Assert.True(!offenders.Any(), string.Join(", ", offenders.Select(t => t.FullName)));
    }

    [Fact]
    public void Features_depend_on_each_other_without_a_cycle()
    {
        var uses = Features.ToDictionary(
            f => f,
            f => Features.Where(other => other != f && Types.InAssembly(App).That().ResideInNamespace(Namespace(f)).And().HaveDependencyOnAny(Namespace(other)).GetTypes().Any()).ToList());
        var cycles = Features.Select(f => CycleFrom(f, uses)).OfType<string>().ToList();
        Assert.True(cycles.Count == 0, "cycles: " + string.Join("; ", cycles));
    }

    [Fact]
    public void The_ingestion_library_uses_nothing_of_the_web_app()
    {
        var references = typeof(ParsedArticle).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(App.GetName().Name, references);
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }

    public static TheoryData<string> FeatureNames() => [.. Features];

    private static string Namespace(string folder) => "ArticleReader." + folder;

    /// <summary>A path of uses that leads from <paramref name="start"/> back to it, written out, or null.</summary>
    private static string? CycleFrom(string start, Dictionary<string, List<string>> uses)
    {
        var paths = new Queue<List<string>>([[start]]);
        var seen = new HashSet<string>();
        while (paths.TryDequeue(out var path))
        {
            foreach (var next in uses[path[^1]])
            {
                if (next == start)
                {
                    return string.Join(" → ", path.Append(start));
                }

                if (seen.Add(next))
                {
                    paths.Enqueue([.. path, next]);
                }
            }
        }

        return null;
    }
}
