namespace ExpertFinder.Api.Hosting;

/// <summary>
/// Folders the server reads from the source tree (persisted documents, GraphiQL's assets): a relative path
/// starts at the checkout the binaries were built in, so the server finds them whatever directory it runs from.
/// </summary>
public static class CheckoutPaths
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    /// <summary>The checkout's root folder (see <see cref="FindRoot"/>).</summary>
    public static string Root => RootFolder.Value;

    public static string Resolve(string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(RootFolder.Value, path));

    /// <summary>The folder holding ExpertFinder.sln above the binaries, else the working directory (a published server).</summary>
    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ExpertFinder.sln")))
            {
                return directory.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
