using ExpertFinder.Api.Hosting;

namespace ExpertFinder.Api.Tests.Hosting;

/// <summary>
/// Where the server's pages and persisted documents come from: beside published binaries first, the checkout's only
/// for binaries built in it, and never the working directory.
/// </summary>
public sealed class ServerFoldersTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "ef-folders-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Binaries_with_a_web_folder_beside_them_are_a_published_server_even_inside_a_checkout()
    {
        var checkout = Checkout();
        var binaries = Folder(checkout, "out", "server");
        Folder(binaries, ServerFolders.PublishedWeb);

        var folders = ServerFolders.For(binaries);

        Assert.Equal((binaries, Path.Combine(binaries, "web"), Path.Combine(binaries, "operations"), (string?)null),
            (folders.Root, folders.Web, folders.PersistedDocuments, folders.Checkout));
    }

    [Fact]
    public void Binaries_built_in_a_checkout_serve_its_sources()
    {
        var checkout = Checkout();
        var binaries = Folder(checkout, "src", "ExpertFinder.Api", "bin", "Release", "net10.0");

        var folders = ServerFolders.For(binaries);

        Assert.Equal((checkout, Path.Combine(checkout, "src", "ExpertFinder.Api", "web"), Path.Combine(checkout, "schema", "operations"), (string?)checkout),
            (folders.Root, folders.Web, folders.PersistedDocuments, folders.Checkout));
    }

    [Fact]
    public void Binaries_outside_any_checkout_look_beside_themselves_whatever_the_working_directory()
    {
        var binaries = Folder(root, "server");
        var checkout = Checkout();
        var workingDirectory = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(checkout);
        try
        {
            var folders = ServerFolders.For(binaries);

            Assert.Equal((binaries, Path.Combine(binaries, "web"), Path.Combine(binaries, "operations"), (string?)null),
                (folders.Root, folders.Web, folders.PersistedDocuments, folders.Checkout));
        }
        finally
        {
            Directory.SetCurrentDirectory(workingDirectory);
        }
    }

    [Fact]
    public void A_configured_folder_wins_and_a_relative_one_starts_at_the_root()
    {
        var folders = ServerFolders.For(Folder(root, "server"));
        var elsewhere = Path.Combine(root, "elsewhere");

        Assert.Equal(folders.Web, folders.Resolve(null, folders.Web));
        Assert.Equal(folders.Web, folders.Resolve(" ", folders.Web));
        Assert.Equal(elsewhere, folders.Resolve(elsewhere, folders.Web));
        Assert.Equal(Path.Combine(root, "server", "pages"), folders.Resolve("pages", folders.Web));
        Assert.Equal(Path.Combine(root, "pages"), folders.Resolve(Path.Combine("..", "pages"), folders.Web));
    }

    /// <summary>A folder holding ExpertFinder.sln, as a checkout does.</summary>
    private string Checkout()
    {
        var checkout = Folder(root, "checkout");
        File.WriteAllText(Path.Combine(checkout, "ExpertFinder.sln"), "");
        return checkout;
    }

    private static string Folder(string parent, params string[] path) => Directory.CreateDirectory(Path.Combine([parent, .. path])).FullName;

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
