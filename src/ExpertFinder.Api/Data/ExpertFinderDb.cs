using Microsoft.EntityFrameworkCore;
using static ExpertFinder.Api.Data.CheckConstraints;
using static ExpertFinder.Core.Vocabulary;
using ExpertFinder.Api.Features.Competences;
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
        modelBuilder.Entity<Unit>(unit =>
        {
            unit.ToTable("units", t => t.HasCheckConstraint("ck_units_kind", InCheck("kind", UnitKinds)));
            unit.HasIndex(u => u.Key).IsUnique();
            unit.Property(u => u.Key).HasMaxLength(200);
            unit.HasOne(u => u.Parent).WithMany(u => u.Children).HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Competence>(competence =>
        {
            competence.ToTable("competences");
            competence.HasIndex(c => c.Key).IsUnique();
            competence.Property(c => c.Key).HasMaxLength(200);
            competence.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Person>(person =>
        {
            person.ToTable("people", t =>
            {
                t.HasCheckConstraint("ck_people_visibility", InCheck("visibility", Visibilities));
                t.HasCheckConstraint("ck_people_contact_sharing", InCheck("contact_sharing", ContactSharings));
                t.HasCheckConstraint("ck_people_roles", $"roles <@ ARRAY[{string.Join(", ", Roles.Select(r => $"'{r}'"))}]::text[]");
            });
            person.HasIndex(p => p.Key).IsUnique();
            person.HasIndex(p => p.UnitId);
            person.Property(p => p.Key).HasMaxLength(200);
            // The import writes people with SQL of its own and leaves this column to the default.
            person.Property(p => p.ContactSharing).HasDefaultValue(DefaultContactSharing);
            person.Property(p => p.AskMeAbout).HasDefaultValueSql("'{}'::text[]");
            person.Property(p => p.OpenToMentoring).HasDefaultValue(false);
            person.Property(p => p.OpenToJobRotation).HasDefaultValue(false);
            person.Property(p => p.OpenToMeetingColleagues).HasDefaultValue(false);
            person.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<PersonCompetence>(held =>
        {
            held.ToTable("person_competences", t =>
            {
                t.HasCheckConstraint("ck_person_competences_level", "level BETWEEN 1 AND 5");
                t.HasCheckConstraint("ck_person_competences_source", InCheck("source", CompetenceSources));
            });
            held.HasKey(h => new { h.PersonId, h.CompetenceId });
            held.HasIndex(h => h.CompetenceId);
            held.HasOne(h => h.Person).WithMany(p => p.Competences).HasForeignKey(h => h.PersonId).OnDelete(DeleteBehavior.Cascade);
            held.HasOne(h => h.Competence).WithMany().HasForeignKey(h => h.CompetenceId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Network>(network =>
        {
            network.ToTable("networks", t =>
            {
                t.HasCheckConstraint("ck_networks_kind", InCheck("kind", NetworkKinds));
                t.HasCheckConstraint("ck_networks_status", InCheck("status", NetworkStatuses));
                t.HasCheckConstraint("ck_networks_dates", "ended IS NULL OR started IS NULL OR ended >= started");
            });
            network.HasIndex(n => n.Key).IsUnique();
            network.Property(n => n.Key).HasMaxLength(200);
            network.HasOne(n => n.OwnerUnit).WithMany().HasForeignKey(n => n.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
            network.HasIndex(n => n.ProposalId).IsUnique();
            network.HasOne(n => n.Proposal).WithMany().HasForeignKey(n => n.ProposalId).OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity<Membership>(membership =>
        {
            membership.ToTable("memberships", t => t.HasCheckConstraint("ck_memberships_role", InCheck("role", MemberRoles)));
            membership.HasKey(m => new { m.NetworkId, m.PersonId });
            membership.HasIndex(m => m.PersonId);
            membership.HasOne(m => m.Network).WithMany(n => n.Members).HasForeignKey(m => m.NetworkId).OnDelete(DeleteBehavior.Cascade);
            membership.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<NetworkTopic>(topic =>
        {
            topic.ToTable("network_topics");
            topic.HasKey(t => new { t.NetworkId, t.CompetenceId });
            topic.HasIndex(t => t.CompetenceId);
            topic.HasOne(t => t.Network).WithMany(n => n.Topics).HasForeignKey(t => t.NetworkId).OnDelete(DeleteBehavior.Cascade);
            topic.HasOne(t => t.Competence).WithMany().HasForeignKey(t => t.CompetenceId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Document>(document =>
        {
            document.ToTable("documents", t =>
            {
                t.HasCheckConstraint("ck_documents_kind", $"kind IS NULL OR {InCheck("kind", DocumentKinds)}");
                t.HasCheckConstraint("ck_documents_text_size", "octet_length(text) <= 1048576");
            });
            document.HasIndex(d => d.Key).IsUnique();
            document.HasIndex(d => d.NetworkId);
            document.HasIndex(d => d.UnitId);
            document.Property(d => d.Key).HasMaxLength(200);
            document.Property(d => d.Language).HasMaxLength(2);
            document.HasOne(d => d.Network).WithMany().HasForeignKey(d => d.NetworkId).OnDelete(DeleteBehavior.SetNull);
            document.HasOne(d => d.Unit).WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity<Authorship>(authorship =>
        {
            authorship.ToTable("authorships");
            authorship.HasKey(a => new { a.DocumentId, a.PersonId });
            authorship.HasIndex(a => a.PersonId);
            authorship.HasOne(a => a.Document).WithMany(d => d.Authors).HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
            authorship.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<IndexOutboxEntry>(entry =>
        {
            entry.ToTable("index_outbox", t => t.HasCheckConstraint("ck_index_outbox_kind", "entity_kind IN ('person', 'document', 'network', 'competence', 'rebuild')"));
            entry.Property(e => e.EnqueuedAt).HasDefaultValueSql("now()");
        });

        modelBuilder.ApplyConfiguration(new EndorsementConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new ApiKeyConfiguration());
        modelBuilder.ApplyConfiguration(new MeetingConfiguration());
        modelBuilder.ApplyConfiguration(new MeetingParticipantConfiguration());
        modelBuilder.ApplyConfiguration(new MeetingTemplateConfiguration());
        modelBuilder.ApplyConfiguration(new ThemeProposalConfiguration());
        modelBuilder.ApplyConfiguration(new ThemeProposalUnitConfiguration());
        modelBuilder.ApplyConfiguration(new UnitCompetenceNeedConfiguration());

        SnakeCaseNames.Apply(modelBuilder);
    }
}
