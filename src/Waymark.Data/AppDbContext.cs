using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Waymark.Data.Identity;
using Waymark.Domain.Access;
using Waymark.Domain.Audit;
using Waymark.Domain.Contacts;
using Waymark.Domain.Conversations;
using Waymark.Domain.Directory;
using Waymark.Domain.Episodes;
using Waymark.Domain.Measures;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.Organisations;
using Waymark.Domain.People;
using Waymark.Domain.Plans;
using Waymark.Domain.Programmes;
using Waymark.Domain.Referrals;
using Waymark.Domain.Teams;

namespace Waymark.Data;

/// <summary>The one database context. Aggregates are configured in <c>Configurations/</c>, one class each.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<StaffUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<TeamPractice> TeamPractices => Set<TeamPractice>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Episode> Episodes => Set<Episode>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<ContactPlan> ContactPlans => Set<ContactPlan>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<Service> Services => Set<Service>();

    public DbSet<Location> Locations => Set<Location>();

    public DbSet<ServiceAtLocation> ServiceAtLocations => Set<ServiceAtLocation>();

    public DbSet<Taxonomy> Taxonomies => Set<Taxonomy>();

    public DbSet<TaxonomyTerm> TaxonomyTerms => Set<TaxonomyTerm>();

    public DbSet<PostcodeCentroid> PostcodeCentroids => Set<PostcodeCentroid>();

    public DbSet<OnwardReferral> OnwardReferrals => Set<OnwardReferral>();

    public DbSet<UnmetNeed> UnmetNeeds => Set<UnmetNeed>();

    public DbSet<QuestionnaireDefinition> QuestionnaireDefinitions => Set<QuestionnaireDefinition>();

    public DbSet<QuestionnaireResponse> QuestionnaireResponses => Set<QuestionnaireResponse>();

    public DbSet<RecordedScore> MeasureScores => Set<RecordedScore>();

    public DbSet<GoalScore> GoalScores => Set<GoalScore>();

    public DbSet<QuestionnaireInvitation> QuestionnaireInvitations => Set<QuestionnaireInvitation>();

    public DbSet<HbA1cResult> HbA1cResults => Set<HbA1cResult>();

    public DbSet<MeasureDeferral> MeasureDeferrals => Set<MeasureDeferral>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // Search words compare by code point on PostgreSQL too (SQLite's default), so a word prefix is one index range
        // whatever the database's own collation (see SearchText.PrefixRange).
        if (!Database.IsSqlite())
        {
            builder.Entity<SearchWord>().Property(w => w.Word).UseCollation("C");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset, so it stores UTC ticks. PostgreSQL's timestamptz takes
        // only UTC offsets through Npgsql, so values are converted to UTC on the way in.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToUtcConverter>();
        }

        configurationBuilder.Properties<decimal>().HavePrecision(9, 2);
    }
}
