namespace ExpertFinder.Api.Hosting;

/// <summary>
/// The checkout the binaries were built in, for what exists only there: the development tools' seed data and test
/// projects, the schema file. The server's own files (pages, persisted documents) go by <see cref="ServerFolders"/>.
/// </summary>
public static class CheckoutPaths
{
    private static readonly Lazy<string> RootFolder = new(() => Above(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory());

    /// <summary>The checkout's root folder, else the working directory (a published server has no checkout).</summary>
    public static string Root => RootFolder.Value;

    /// <summary>The folder holding ExpertFinder.sln at or above <paramref name="folder"/>, or null when there is none.</summary>
    public static string? Above(string folder)
    {
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ExpertFinder.sln")))
            {
                return directory.FullName;
            }
        }
        return null;
    }
}
