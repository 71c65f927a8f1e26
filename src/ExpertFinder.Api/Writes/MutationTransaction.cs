using ExpertFinder.Api.Data;
using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Http;
using ExpertFinder.Api.Import;
using ExpertFinder.Api.IndexSync;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Audit;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using ExpertFinder.Core;
using ExpertFinder.Core.Fields;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ExpertFinder.Api.Writes;

/// <summary>
/// One mutation's unit of work: a database transaction that also queues the index work the change causes, so the
/// index can never miss a committed change, and writes the change's audit entry, so no change goes unrecorded;
/// after the commit the queue is applied, so the change is searchable when the mutation answers. Errors collected
/// on the way abort it with nothing written, the audit entry included.
/// </summary>
internal sealed class MutationTransaction : IAsyncDisposable
{
    private readonly IResolveFieldContext context;
    private readonly IDbContextTransaction transaction;

    /// <summary>The object the mutation created, noted before saving makes its row look like any other.</summary>
    private (string TypeName, string Key)? created;

    private MutationTransaction(IResolveFieldContext context, ExpertFinderDb db, IDbContextTransaction transaction)
    {
        this.context = context;
        this.transaction = transaction;
        Db = db;
        Input = new MutationInput((IDictionary<string, object?>)context.GetArgument<object>("input"), Errors, ["input"]);
        Permissions = new Permissions(CallerContext.Caller(context), db, context.CancellationToken);
    }

    /// <summary>What the caller may change; every mutation asks before it writes.</summary>
    public Permissions Permissions { get; }

    /// <summary>What the caller may see: a payload shows nobody else, whoever the mutation touched.</summary>
    public PrivacyPolicy Privacy => context.Privacy();

    public ExpertFinderDb Db { get; }

    public MutationInput Input { get; }
    public List<MutationError> Errors { get; } = [];

    /// <summary>The keys this mutation changes; what else the index must refresh follows from them.</summary>
    public ChangeSet Changed { get; } = new();

    public bool Failed => Errors.Count > 0;
    public CancellationToken CancellationToken => context.CancellationToken;

    /// <summary>The request's services, for what a mutation needs beyond the database (the clock, configured rules).</summary>
    public IServiceProvider Services => context.RequestServices!;

    public static async Task<MutationTransaction> BeginAsync(IResolveFieldContext context)
    {
        var factory = context.RequestServices!.GetRequiredService<IDbContextFactory<ExpertFinderDb>>();
        var db = await factory.CreateDbContextAsync(context.CancellationToken);
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
            return new MutationTransaction(context, db, transaction);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public MutationPayload Failure() => MutationPayload.Failure(Errors);

    /// <summary>Commits and answers with the entities it changed, or with the errors when nothing was written.</summary>
    public async Task<MutationPayload> AnswerAsync(params (string Field, object? Value)[] fields) =>
        await CommitAsync() ? MutationPayload.Success(fields) : Failure();

    /// <summary>Commits a delete and answers with what went and its ID (the payload's deletedId), for clients to drop it from their caches.</summary>
    public Task<MutationPayload> AnswerDeletedAsync(string field, object entity, string typeName, string key) =>
        AnswerAsync((field, entity), ("deletedId", GlobalId.Encode(typeName, key)));

    /// <summary>
    /// Refuses to delete <paramref name="name"/> while anything refers to it: an InUseError that names every kind of
    /// reference found, asked one after another (a context runs one query at a time). True when refused.
    /// </summary>
    public async Task<bool> RefuseWhileUsedAsync(string name, params (string UsedBy, Func<CancellationToken, Task<bool>> RefersToIt)[] references)
    {
        var usedBy = new List<string>();
        foreach (var (what, refersToIt) in references)
        {
            if (await refersToIt(CancellationToken))
            {
                usedBy.Add(what);
            }
        }
        if (usedBy.Count == 0)
        {
            return false;
        }
        Errors.Add(new InUseError($"'{name}' is still referred to by {string.Join(", ", usedBy)}", usedBy));
        return true;
    }

    public void NotFound(string typeName, IReadOnlyList<string> path) =>
        Errors.Add(new NotFoundError($"'{path[^1]}' names no {typeName}", path));

    /// <summary>The entity an input field's global ID names, or null (with a NotFoundError when an ID was given or one is required).</summary>
    public Task<T?> FindAsync<T>(string typeName, string field, bool required = false) where T : class
    {
        var id = Input.Id(field);
        if (id is null)
        {
            if (required)
            {
                Input.Invalid(field, MutationErrorCode.Required, $"'{field}' is required");
            }
            return Task.FromResult<T?>(null);
        }
        return FindAsync<T>(typeName, id, Input.PathOf(field));
    }

    public async Task<T?> FindAsync<T>(string typeName, string id, IReadOnlyList<string> path) where T : class
    {
        var entity = GlobalId.TryDecode(id) is { } decoded && decoded.TypeName == typeName
            ? await Findable<T>().SingleOrDefaultAsync(e => EF.Property<string>(e, "Key") == decoded.Key, CancellationToken)
            : null;
        if (entity is null)
        {
            NotFound(typeName, path);
        }
        return entity;
    }

    /// <summary>
    /// What an ID may name: people only as far as the caller may see them, so that a mutation (its payload, its error
    /// messages) can never tell a person the caller may not see from one that does not exist.
    /// </summary>
    private IQueryable<T> Findable<T>() where T : class =>
        typeof(T) == typeof(Person)
            ? (IQueryable<T>)Db.People.Where(Privacy.Visible())
            : Db.Set<T>();

    /// <summary>The entities a list of IDs names, in the order given; those that name nothing are reported.</summary>
    public async Task<List<T>> FindAllAsync<T>(string typeName, string field, int maxCount) where T : class =>
        Input.Ids(field, maxCount) is { } ids ? [.. (await FindAllAsync<T>(typeName, ids)).Select(found => found.Entity)] : [];

    /// <summary>
    /// The entities IDs name, in the order given, looked up in one query; each ID that names nothing (the caller may
    /// not see, see <see cref="Findable{T}"/>) is reported at its own path. Each entity comes with the path of its ID.
    /// </summary>
    public async Task<List<(T Entity, IReadOnlyList<string> Path)>> FindAllAsync<T>(string typeName, IReadOnlyList<(string Id, IReadOnlyList<string> Path)> ids)
        where T : class
    {
        var keys = ids.Select(i => GlobalId.TryDecode(i.Id) is { } decoded && decoded.TypeName == typeName ? decoded.Key : null).ToList();
        var wanted = keys.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var byKey = wanted.Count == 0
            ? []
            : (await Findable<T>()
                .Where(e => wanted.Contains(EF.Property<string>(e, "Key")))
                .Select(e => new { Key = EF.Property<string>(e, "Key"), Entity = e })
                .ToListAsync(CancellationToken))
                .ToDictionary(found => found.Key, found => found.Entity, StringComparer.Ordinal);
        var found = new List<(T, IReadOnlyList<string>)>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            if (keys[i] is { } key && byKey.TryGetValue(key, out var entity))
            {
                found.Add((entity, ids[i].Path));
            }
            else
            {
                NotFound(typeName, ids[i].Path);
            }
        }
        return found;
    }

    /// <summary>
    /// The key for a new entity: the one the input asks for (a ConflictError when taken), or a slug of its name
    /// with a numeric suffix when that is taken.
    /// </summary>
    public async Task<string> NewKeyAsync<T>(string name, string fallback) where T : class
    {
        var keys = Db.Set<T>().Select(e => EF.Property<string>(e, "Key"));
        if (Input.Text("key", FieldRules.Key) is { } requested)
        {
            if (await keys.AnyAsync(k => k == requested, CancellationToken))
            {
                Errors.Add(new ConflictError($"The key '{requested}' is taken", MutationErrorCode.KeyTaken, Input.PathOf("key")));
            }
            return requested;
        }
        var slug = KeySlug.From(name, fallback);
        var prefix = slug + "-";
        var taken = await keys.Where(k => k == slug || k.StartsWith(prefix)).ToListAsync(CancellationToken);
        return KeySlug.FirstFree(slug, taken.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// Saves what is pending and queues the index work for <see cref="Changed"/> so far. Call it before deleting rows:
    /// the index work is found by joining through them.
    /// </summary>
    public async Task QueueIndexWorkAsync()
    {
        created ??= CreatedObject();
        await Db.SaveChangesAsync(CancellationToken);
        await IndexOutbox.EnqueueAffectedAsync(Connection, NpgsqlTransaction, Changed, CancellationToken);
        foreach (var keys in new[] { Changed.Units, Changed.Competences, Changed.People, Changed.Networks, Changed.Documents })
        {
            keys.Clear();
        }
    }

    /// <summary>
    /// Commits unless errors were collected, then waits (a while) for the index to apply the change. False when
    /// nothing was written; a unique key that a concurrent mutation took first is reported as a ConflictError. Once
    /// the commit begins nothing cancels it, and the mutation answers with its data: a client told of an error would
    /// send a committed change again.
    /// </summary>
    public async Task<bool> CommitAsync()
    {
        if (Failed)
        {
            return false;
        }
        ulong written;
        try
        {
            await QueueIndexWorkAsync();
            await AuditTrail.RecordAsync(Connection, NpgsqlTransaction, AuditEntry(), CancellationToken);
            await using (var id = new NpgsqlCommand("SELECT pg_current_xact_id()", Connection, NpgsqlTransaction))
            {
                written = (ulong)(await id.ExecuteScalarAsync(CancellationToken))!;
            }
            if (!ExecutionDeadline.Lift(context))
            {
                throw new OperationCanceledException(CancellationToken);
            }
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            Errors.Add(unique.ConstraintName?.EndsWith("_key", StringComparison.Ordinal) == true
                ? new ConflictError("The key was taken meanwhile", MutationErrorCode.KeyTaken, Input.PathOf("key"))
                : new ConflictError("The same change was made meanwhile", MutationErrorCode.AlreadyExists, null));
            return false;
        }
        await WaitForIndexAsync(written);
        return true;
    }

    private NpgsqlConnection Connection => (NpgsqlConnection)Db.Database.GetDbConnection();

    private NpgsqlTransaction NpgsqlTransaction => (NpgsqlTransaction)transaction.GetDbTransaction();

    /// <summary>Who changed what: the mutation, the object it changed and the names of the input fields given (never their values).</summary>
    private AuditEntry AuditEntry()
    {
        var caller = context.Caller();
        var (entityType, entityKey) = ChangedObject();
        return new AuditEntry
        {
            Actor = caller.Actor,
            ActorMunicipality = caller.MunicipalityKey,
            Operation = context.FieldDefinition.Name,
            EntityType = entityType,
            EntityKey = entityKey,
            Fields = [.. Input.FieldNames.Where(f => f != "id").Order(StringComparer.Ordinal)],
            RequestId = context.RequestId(),
        };
    }

    /// <summary>
    /// The object the audit log names: the one the input's <c>id</c> names (updates, deletes, closing); else the one
    /// created; else the person, the network or the unit whose competences, endorsements, members or needs changed.
    /// </summary>
    private (string? TypeName, string? Key) ChangedObject()
    {
        if (GlobalId.TryDecode(Input.Id("id")) is { } named)
        {
            return named;
        }
        if (created is { } newObject)
        {
            return newObject;
        }
        foreach (var field in (string[])["personId", "networkId", "unitId"])
        {
            if (GlobalId.TryDecode(Input.Id(field)) is { } owner)
            {
                return owner;
            }
        }
        return (null, null);
    }

    /// <summary>The keyed object being inserted; entity classes are named as their GraphQL types.</summary>
    private (string TypeName, string Key)? CreatedObject()
    {
        foreach (var entry in Db.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Added && entry.Metadata.FindProperty("Key") is not null && entry.Property("Key").CurrentValue is string key)
            {
                return (entry.Metadata.ClrType.Name, key);
            }
        }
        return null;
    }

    /// <summary>
    /// The change is committed: an index that is slow (a rebuild under way) or failing must not turn it into an error.
    /// The answer says so in its extensions, and the index catches up on its own.
    /// </summary>
    private async Task WaitForIndexAsync(ulong written)
    {
        var services = context.RequestServices!;
        var wait = services.GetRequiredService<IOptions<IndexLogOptions>>().Value.MutationWait;
        if (await services.GetRequiredService<IndexSynchronizer>().CatchUpAsync(written, wait))
        {
            return;
        }
        services.GetRequiredService<ILogger<MutationTransaction>>().LogWarning("Committed, but the index had not applied the change after {Wait}", wait);
        IndexBehindWarning.AddTo(context);
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await Db.DisposeAsync();
    }
}
