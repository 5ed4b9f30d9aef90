using Waymark.Domain.Common;
using Waymark.Domain.Contacts;

namespace Waymark.Domain.Tests.Contacts;

public sealed class ContactScheduleRules
{
    private static readonly DateOnly LastReached = new(2026, 10, 1);

    [Fact]
    public void Next_due_is_the_last_reached_contact_plus_the_frequency()
    {
        var schedule = ContactSchedule.Calculate(LastReached, 14, LastReached.AddDays(3));
        Assert.Equal(new DateOnly(2026, 10, 15), schedule.NextDue);
        Assert.Equal(3, schedule.DaysSinceLastReached);
        Assert.False(schedule.IsOverdue);
        Assert.False(schedule.NoContact);
    }

    [Fact]
    public void Due_today_is_not_overdue()
    {
        Assert.False(ContactSchedule.Calculate(LastReached, 14, LastReached.AddDays(14)).IsOverdue);
    }

    [Fact]
    public void One_day_past_due_is_overdue()
    {
        Assert.True(ContactSchedule.Calculate(LastReached, 14, LastReached.AddDays(15)).IsOverdue);
    }

    [Fact]
    public void No_contact_shows_once_the_threshold_of_days_has_passed()
    {
        Assert.False(ContactSchedule.Calculate(LastReached, 7, LastReached.AddDays(27)).NoContact);
        Assert.True(ContactSchedule.Calculate(LastReached, 7, LastReached.AddDays(28)).NoContact);
    }

    [Fact]
    public void The_programme_can_set_its_own_no_contact_threshold()
    {
        Assert.False(ContactSchedule.Calculate(LastReached, 7, LastReached.AddDays(13), 14).NoContact);
        Assert.True(ContactSchedule.Calculate(LastReached, 7, LastReached.AddDays(14), 14).NoContact);
    }

    [Fact]
    public void A_date_before_the_last_contact_counts_as_zero_days()
    {
        Assert.Equal(0, ContactSchedule.Calculate(LastReached, 7, LastReached.AddDays(-2)).DaysSinceLastReached);
    }

    [Fact]
    public void A_contact_plan_gives_its_schedule()
    {
        var plan = ContactPlan.Create(Guid.CreateVersion7(), 21);
        var schedule = plan.ScheduleOn(LastReached, LastReached.AddDays(22));
        Assert.Equal(LastReached.AddDays(21), schedule.NextDue);
        Assert.True(schedule.IsOverdue);
    }

    [Fact]
    public void An_impossible_frequency_is_refused()
    {
        Assert.Throws<DomainException>(() => ContactSchedule.Calculate(LastReached, 0, LastReached));
        Assert.Throws<DomainException>(() => ContactSchedule.Calculate(LastReached, 7, LastReached, 0));
    }

    [Fact]
    public void The_schedule_counts_from_the_latest_reached_contact()
    {
        var now = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        var episode = Guid.CreateVersion7();
        var worker = Guid.CreateVersion7();
        Contact[] contacts =
        [
            Contact.Record(episode, now.AddDays(-20), ContactMode.Phone, 20, ContactOutcome.Reached, null, worker, now),
            Contact.Record(episode, now.AddDays(-10), ContactMode.Phone, 20, ContactOutcome.Reached, null, worker, now),
            Contact.Record(episode, now.AddDays(-2), ContactMode.Phone, 0, ContactOutcome.Attempted, null, worker, now),
        ];

        Assert.Equal(new DateOnly(2026, 10, 23), ContactSchedule.CountingFrom(contacts, new DateOnly(2026, 9, 1), TimeZoneInfo.Utc));
        Assert.Equal(new DateOnly(2026, 9, 1), ContactSchedule.CountingFrom(contacts[2..], new DateOnly(2026, 9, 1), TimeZoneInfo.Utc));
    }

    [Fact]
    public void The_counting_date_is_the_local_date_of_the_contact()
    {
        var now = new DateTimeOffset(2026, 7, 2, 9, 0, 0, TimeSpan.Zero);
        var lateEvening = new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero);
        var contact = Contact.Record(Guid.CreateVersion7(), lateEvening, ContactMode.Phone, 5, ContactOutcome.Reached, null, Guid.CreateVersion7(), now);
        var britishSummerTime = TimeZoneInfo.CreateCustomTimeZone("BST", TimeSpan.FromHours(1), "BST", "BST");

        Assert.Equal(new DateOnly(2026, 7, 1), ContactSchedule.CountingFrom([contact], new DateOnly(2026, 6, 1), britishSummerTime));
    }
}
