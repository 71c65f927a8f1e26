using ExpertFinder.Tools.Processes;

namespace ExpertFinder.Tools.Cluster;

/// <summary>One server process of the cluster, with a client of its own, and whether it is up: searches through it wait while it is not.</summary>
public sealed class ClusterMember(int index, ServerProcess server) : IDisposable
{
    private readonly System.Threading.Lock gate = new();
    private TaskCompletionSource up = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HttpClient? http;

    public int Index { get; } = index;

    public ServerProcess Server { get; } = server;

    public bool IsUp
    {
        get
        {
            lock (gate)
            {
                return up.Task.IsCompleted;
            }
        }
    }

    /// <summary>A client for the server's address (the same after a restart), made once it is known.</summary>
    public HttpClient Http => http ??= new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        BaseAddress = Server.Url,
        Timeout = TimeSpan.FromSeconds(10),
    };

    /// <summary>Completes when the server is up; at once while it is.</summary>
    public Task UntilUpAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return up.Task.WaitAsync(cancellationToken);
        }
    }

    public void MarkUp()
    {
        lock (gate)
        {
            up.TrySetResult();
        }
    }

    public void MarkDown()
    {
        lock (gate)
        {
            if (up.Task.IsCompleted)
            {
                up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    public void Dispose() => http?.Dispose();
}
