using Waymark.Domain.Common;
using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;

namespace Waymark.Domain.Tests.Episodes;

public sealed class LostContactRules
{
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 10, 0, 0, TimeSpan.Zero);

    private static ContactAttempt Tried(int day, ContactMode mode) => new(Start.AddDays(day), mode, false);

    private static ContactAttempt Reached(int day, ContactMode mode) => new(Start.AddDays(day), mode, true);

    private static string Refusal(params ContactAttempt[] contacts) =>
        Assert.Throws<DomainException>(() => LostContactRule.Default.Ensure(contacts)).Message;

    [Fact]
    public void The_default_is_three_attempts_over_two_ways_across_fourteen_days()
    {
        Assert.Equal(new LostContactRule(3, 2, 14), LostContactRule.Default);
    }

    [Fact]
    public void The_message_says_exactly_what_is_missing()
    {
        Assert.Equal(
            "Record at least 3 attempts to contact the person over at least 2 ways of contact across at least 14 days " +
            "before discharging for lost contact: so far 2 attempts, 1 way, 5 days",
            Refusal(Tried(0, ContactMode.Phone), Tried(5, ContactMode.Phone)));
    }

    [Fact]
    public void Three_attempts_over_two_ways_across_fourteen_days_are_enough()
    {
        LostContactRule.Default.Ensure([Tried(0, ContactMode.Phone), Tried(7, ContactMode.Phone), Tried(14, ContactMode.Letter)]);
    }

    [Fact]
    public void Too_few_attempts_are_refused()
    {
        Assert.EndsWith("so far 2 attempts, 2 ways, 20 days", Refusal(Tried(0, ContactMode.Phone), Tried(20, ContactMode.Email)), StringComparison.Ordinal);
    }

    [Fact]
    public void One_way_of_contact_is_not_enough()
    {
        Assert.EndsWith(
            "so far 4 attempts, 1 way, 21 days",
            Refusal(Tried(0, ContactMode.Phone), Tried(7, ContactMode.Phone), Tried(14, ContactMode.Phone), Tried(21, ContactMode.Phone)),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Attempts_crowded_into_a_few_days_are_not_enough()
    {
        Assert.EndsWith(
            "so far 3 attempts, 3 ways, 1 day",
            Refusal(Tried(0, ContactMode.Phone), Tried(1, ContactMode.Text), Tried(1, ContactMode.Email)),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Only_attempts_after_the_last_time_the_person_was_reached_count()
    {
        var message = Refusal(
            Tried(0, ContactMode.Phone),
            Tried(7, ContactMode.Letter),
            Tried(14, ContactMode.Text),
            Reached(20, ContactMode.Phone),
            Tried(25, ContactMode.Phone),
            Tried(30, ContactMode.Phone));

        Assert.EndsWith("so far 2 attempts, 1 way, 5 days", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_order_the_contacts_are_given_in_does_not_matter()
    {
        LostContactRule.Default.Ensure([Tried(40, ContactMode.Letter), Reached(10, ContactMode.Phone), Tried(26, ContactMode.Phone), Tried(33, ContactMode.Text)]);
        Assert.Throws<DomainException>(() => LostContactRule.Default.Ensure([Tried(0, ContactMode.Letter), Tried(7, ContactMode.Phone), Tried(14, ContactMode.Text), Reached(15, ContactMode.Phone)]));
    }

    [Fact]
    public void Singular_requirements_read_naturally()
    {
        var refused = Assert.Throws<DomainException>(() => new LostContactRule(1, 1, 1).Ensure([]));
        Assert.Equal(
            "Record at least 1 attempt to contact the person over at least 1 way of contact across at least 1 day " +
            "before discharging for lost contact: so far 0 attempts, 0 ways, 0 days",
            refused.Message);
    }
}
