using ArticleReader.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArticleReader.Tests.Architecture;

/// <summary>
/// Sizes a newcomer can read: no source file over <see cref="MaxFileLines"/> lines and no method (constructor,
/// accessor, local function) over <see cref="MaxMethodLines"/>, in the app, the ingestion library, the tools, the
/// benchmarks and the tests.
/// EF Core's generated migrations are left out: nobody reads them by hand.
/// </summary>
public sealed class CodeShapeTests
{
    private const int MaxFileLines = 350;
    private const int MaxMethodLines = 60;

    private static readonly string[] Folders = ["src", "tools", "bench", "tests"];

    public static TheoryData<string> SourceFolders() => [.. Folders];

    [Theory]
    [MemberData(nameof(SourceFolders))]
    public void No_source_file_is_over_350_lines(string folder)
    {
        var tooLong = SourceFiles(folder)
            .Select(file => (file, lines: File.ReadAllLines(file).Length))
            .Where(f => f.lines > MaxFileLines)
            .Select(f => $"{Relative(f.file)}: {f.lines} lines")
            .ToList();
        Assert.True(tooLong.Count == 0, string.Join("\n", tooLong));
    }

    [Theory]
    [MemberData(nameof(SourceFolders))]
    public void No_method_is_over_60_lines(string folder)
    {
        var tooLong = SourceFiles(folder).SelectMany(LongMethods).ToList();
        Assert.True(tooLong.Count == 0, string.Join("\n", tooLong));
    }

    private static IEnumerable<string> LongMethods(string file)
    {
        var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
        foreach (var node in root.DescendantNodes())
        {
            var (name, body) = node switch
            {
                BaseMethodDeclarationSyntax m => (Name(m), (SyntaxNode?)m.Body ?? m.ExpressionBody),
                LocalFunctionStatementSyntax f => (f.Identifier.Text, (SyntaxNode?)f.Body ?? f.ExpressionBody),
                AccessorDeclarationSyntax a => (a.Keyword.Text, (SyntaxNode?)a.Body ?? a.ExpressionBody),
                _ => (string.Empty, null),
            };
            if (body is null)
            {
                continue;
            }

            var span = node.GetLocation().GetLineSpan();
            var lines = span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
            if (lines > MaxMethodLines)
            {
                yield return $"{Relative(file)}:{span.StartLinePosition.Line + 1} {name}: {lines} lines";
            }
        }
    }

    private static string Name(BaseMethodDeclarationSyntax method) => method switch
    {
        MethodDeclarationSyntax m => m.Identifier.Text,
        ConstructorDeclarationSyntax c => c.Identifier.Text,
        OperatorDeclarationSyntax o => "operator " + o.OperatorToken.Text,
        _ => method.Kind().ToString(),
    };

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsGenerated(Path.GetRelativePath(RepositoryPaths.Root, file)));

    private static bool IsGenerated(string relative)
    {
        var parts = relative.Split(Path.DirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj") || parts.Contains("Migrations");
    }

    private static string Relative(string file) => Path.GetRelativePath(RepositoryPaths.Root, file);
}
