using Waymark.Domain.Contacts;
using Waymark.Domain.Conversations;
using Waymark.Domain.Episodes;
using Waymark.Domain.People;
using Waymark.Domain.Plans;
using Waymark.Domain.Programmes;
using Waymark.Domain.Referrals;

namespace Waymark.Data.Seeding;

/// <summary>The people the demo service works with and everything recorded about them, as <see cref="DemoDataSeeder"/> made it.</summary>
public sealed class DemoCases
{
    internal List<Programme> ProgrammeList { get; } = [];

    internal List<Person> PersonList { get; } = [];

    internal List<Referral> ReferralList { get; } = [];

    internal List<Episode> EpisodeList { get; } = [];

    internal List<ContactPlan> ContactPlanList { get; } = [];

    internal List<Contact> ContactList { get; } = [];

    internal List<Conversation> ConversationList { get; } = [];

    internal List<Plan> PlanList { get; } = [];

    public IReadOnlyList<Programme> Programmes => ProgrammeList;

    public IReadOnlyList<Person> People => PersonList;

    public IReadOnlyList<Referral> Referrals => ReferralList;

    public IReadOnlyList<Episode> Episodes => EpisodeList;

    public IReadOnlyList<ContactPlan> ContactPlans => ContactPlanList;

    public IReadOnlyList<Contact> Contacts => ContactList;

    public IReadOnlyList<Conversation> Conversations => ConversationList;

    public IReadOnlyList<Plan> Plans => PlanList;

    /// <summary>Everything to add to the database, parents before children.</summary>
    internal IEnumerable<object> All =>
        [.. ProgrammeList, .. PersonList, .. ReferralList, .. EpisodeList, .. ContactPlanList, .. ContactList, .. ConversationList, .. PlanList];
}
