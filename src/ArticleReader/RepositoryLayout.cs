namespace ArticleReader;

/// <summary>
/// Where relative paths in the configuration are anchored: the repository root when the app runs from a clone
/// (whatever the working directory), otherwise the app's content root (a published build).
/// </summary>
public static class RepositoryLayout
{
    public const string SolutionFile = "ArticleReader.sln";

    public static string BaseFolder(string contentRoot) =>
        FindRepositoryRoot(AppContext.BaseDirectory) ?? FindRepositoryRoot(contentRoot) ?? contentRoot;

    private static string? FindRepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
