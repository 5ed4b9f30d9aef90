using Waymark.Domain.Contacts;
using Waymark.Domain.Programmes;

namespace Waymark.Domain.Tests.Contacts;

public sealed class LostContactRules
{
    private static readonly DateTimeOffset Allocated = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Allocated.AddDays(30);
    private static readonly Guid EpisodeId = Guid.CreateVersion7();

    private static Contact Attempt(int day, ContactMode mode) =>
        Contact.Record(EpisodeId, Allocated.AddDays(day), mode, 0, ContactOutcome.Attempted, null, Guid.CreateVersion7(), Now);

    private static Contact Reached(int day) =>
        Contact.Record(EpisodeId, Allocated.AddDays(day), ContactMode.Phone, 20, ContactOutcome.Reached, null, Guid.CreateVersion7(), Now);

    [Fact]
    public void Three_attempts_by_two_modes_over_fourteen_days_meet_the_default_rule()
    {
        Contact[] contacts = [Attempt(1, ContactMode.Phone), Attempt(5, ContactMode.Phone), Attempt(10, ContactMode.Letter)];
        var check = LostContactCheck.Evaluate(LostContactRule.Default, contacts, Allocated, Allocated.AddDays(14));

        Assert.True(check.IsMet);
        Assert.Empty(check.Unmet);
        Assert.Equal((3, 2, 14), (check.Attempts, check.Modes, check.Days));
    }

    [Fact]
    public void Too_few_attempts_modes_and_days_are_each_explained()
    {
        Contact[] contacts = [Attempt(1, ContactMode.Phone), Attempt(2, ContactMode.Phone)];
        var check = LostContactCheck.Evaluate(LostContactRule.Default, contacts, Allocated, Allocated.AddDays(13));

        Assert.False(check.IsMet);
        Assert.Equal(
            [
                "2 of 3 attempts to contact the person have been made",
                "Attempts used 1 of the 2 different ways of contacting needed",
                "13 of 14 days have passed since the person was last reached",
            ],
            check.Unmet);
    }

    [Fact]
    public void Reaching_the_person_resets_the_count()
    {
        Contact[] contacts =
            [Attempt(1, ContactMode.Phone), Attempt(2, ContactMode.Text), Attempt(3, ContactMode.Letter), Reached(4), Attempt(6, ContactMode.Phone)];
        var check = LostContactCheck.Evaluate(LostContactRule.Default, contacts, Allocated, Allocated.AddDays(30));

        Assert.False(check.IsMet);
        Assert.Equal((1, 1, 26), (check.Attempts, check.Modes, check.Days));
    }
}
