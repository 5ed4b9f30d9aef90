using Waymark.Domain.Common;
using Waymark.Web.Features.Allocation;
using Waymark.Web.Features.Users;

namespace Waymark.Web.Tests.TeamPages;

/// <summary>The small rules behind the team pages: days waiting, suggestions and staff languages.</summary>
public sealed class TeamRules
{
    private static readonly DateTimeOffset Received = new(2026, 11, 2, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Days_waiting_are_whole_days_since_the_referral_and_never_negative()
    {
        Assert.Equal(0, WaitingListQuery.DaysBetween(Received, Received.AddHours(23)));
        Assert.Equal(1, WaitingListQuery.DaysBetween(Received, Received.AddHours(24)));
        Assert.Equal(30, WaitingListQuery.DaysBetween(Received, Received.AddDays(30).AddHours(5)));
        Assert.Equal(0, WaitingListQuery.DaysBetween(Received, Received.AddHours(-3)));
    }

    [Fact]
    public void A_worker_is_suggested_for_the_persons_language_ignoring_case_and_spaces_and_for_past_work_and_the_practice()
    {
        var worker = new WorkerChoice(Guid.NewGuid(), "Paulina", 3, 30, ["Polish", "Russian"], []);

        var reasons = AllocationQueries.Reasons(worker, " polish ", [worker.Id], new Dictionary<Guid, int> { [worker.Id] = 2 }, "Riverside");

        Assert.Equal(
            ["Has worked with this person before", "Speaks Polish, the person's preferred language", "Already supports 2 people from Riverside"],
            reasons);
        Assert.Empty(AllocationQueries.Reasons(worker, "Urdu", [], new Dictionary<Guid, int>(), null));
        Assert.Empty(AllocationQueries.Reasons(worker, null, [], new Dictionary<Guid, int> { [Guid.NewGuid()] = 4 }, "Riverside"));
    }

    [Fact]
    public void Over_capacity_is_judged_on_the_weighted_load_the_new_person_adds()
    {
        var worker = new WorkerChoice(Guid.NewGuid(), "Lee", 29.5m, 30, [], []);

        Assert.False(worker.WouldExceed(Domain.Episodes.SupportIntensity.Signposting));
        Assert.True(worker.WouldExceed(Domain.Episodes.SupportIntensity.Standard));
        Assert.Equal("29.5 of 30", worker.LoadText);
    }

    [Fact]
    public void Staff_languages_are_trimmed_without_repeats_and_limited()
    {
        Assert.Equal(["Polish", "Urdu"], StaffLanguages.Parse(" Polish ,Urdu,, polish , "));
        Assert.Empty(StaffLanguages.Parse(null));
        Assert.Equal("Languages", Assert.Throws<DomainException>(() => StaffLanguages.Parse(string.Join(',', Enumerable.Range(1, 11).Select(n => $"L{n}")))).Field);
        Assert.Equal(10, StaffLanguages.Parse(string.Join(',', Enumerable.Range(1, 10).Select(n => new string((char)('a' + n), 45)))).Count);
        Assert.Throws<DomainException>(() => StaffLanguages.Parse(new string('x', 51)));
        // Ten names of 50 characters, or long names with accents, outgrow the stored list (500 characters as JSON):
        // refused plainly rather than failing in the database.
        Assert.Throws<DomainException>(() => StaffLanguages.Parse(string.Join(',', Enumerable.Range(1, 10).Select(n => new string((char)('a' + n), 50)))));
        Assert.Throws<DomainException>(() => StaffLanguages.Parse(string.Join(',', Enumerable.Range(1, 10).Select(n => $"{n}" + new string('é', 30)))));
    }
}
