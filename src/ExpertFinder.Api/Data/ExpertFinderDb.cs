using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Documents;
using ExpertFinder.Api.Features.Endorsements;
using ExpertFinder.Api.Features.Meetings;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Features.ThemeProposals;
using ExpertFinder.Api.Features.Units;
using ExpertFinder.Api.IndexSync;
using ExpertFinder.Api.Security.ApiKeys;
using ExpertFinder.Api.Security.Audit;
using Microsoft.EntityFrameworkCore;
using static ExpertFinder.Core.Vocabulary;

namespace ExpertFinder.Api.Data;

public sealed class ExpertFinderDb(DbContextOptions<ExpertFinderDb> options) : DbContext(options)
{
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Competence> Competences => Set<Competence>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonCompetence> PersonCompetences => Set<PersonCompetence>();
    public DbSet<Network> Networks => Set<Network>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<NetworkTopic> NetworkTopics => Set<NetworkTopic>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<Authorship> Authorships => Set<Authorship>();
    public DbSet<Endorsement> Endorsements => Set<Endorsement>();
    public DbSet<IndexOutboxEntry> IndexOutbox => Set<IndexOutboxEntry>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingParticipant> MeetingParticipants => Set<MeetingParticipant>();
    public DbSet<MeetingTemplate> MeetingTemplates => Set<MeetingTemplate>();
    public DbSet<ThemeProposal> ThemeProposals => Set<ThemeProposal>();
    public DbSet<ThemeProposalUnit> ThemeProposalUnits => Set<ThemeProposalUnit>();
    public DbSet<UnitCompetenceNeed> UnitCompetenceNeeds => Set<UnitCompetenceNeed>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // One IEntityTypeConfiguration per entity, in Data/Configurations.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ExpertFinderDb).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
