using Waymark.Domain.Common;
using Waymark.Domain.Contacts;

namespace Waymark.Domain.Tests.Contacts;

public sealed class ContactRules
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid EpisodeId = Guid.CreateVersion7();
    private static readonly Guid WorkerId = Guid.CreateVersion7();

    private static Contact Record(DateTimeOffset? at = null, int minutes = 30, string? notes = null, ContactOutcome outcome = ContactOutcome.Reached) =>
        Contact.Record(EpisodeId, at ?? Now.AddHours(-1), ContactMode.Phone, minutes, outcome, notes, WorkerId, Now);

    [Fact]
    public void A_contact_records_when_how_and_whether_the_person_was_reached()
    {
        var contact = Record(notes: "  Talked about the walking group ");

        Assert.Equal(EpisodeId, contact.EpisodeId);
        Assert.Equal(Now.AddHours(-1), contact.At);
        Assert.Equal(ContactMode.Phone, contact.Mode);
        Assert.Equal(30, contact.DurationMinutes);
        Assert.True(contact.IsReached);
        Assert.Equal("Talked about the walking group", contact.Notes);
        Assert.Equal(WorkerId, contact.RecordedBy);
        Assert.Equal(Now, contact.RecordedAt);
    }

    [Fact]
    public void A_contact_a_few_minutes_ahead_of_the_clock_is_allowed()
    {
        Assert.Equal(Now.AddMinutes(5), Record(at: Now.AddMinutes(5)).At);
    }

    [Fact]
    public void A_contact_in_the_future_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Record(at: Now.AddMinutes(6)));
        Assert.Equal("The contact date and time cannot be in the future", error.Message);
        Assert.Equal(nameof(Contact.At), error.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(600)]
    public void Durations_from_0_to_600_minutes_are_allowed(int minutes)
    {
        Assert.Equal(minutes, Record(minutes: minutes).DurationMinutes);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(601)]
    public void Durations_outside_0_to_600_minutes_are_refused(int minutes)
    {
        Assert.Equal("Duration must be between 0 and 600 minutes", Assert.Throws<DomainException>(() => Record(minutes: minutes)).Message);
    }

    [Fact]
    public void Notes_are_bounded()
    {
        Assert.Throws<DomainException>(() => Record(notes: new string('n', Contact.NotesMaxLength + 1)));
    }

    [Fact]
    public void Unknown_modes_and_outcomes_and_missing_ids_are_refused()
    {
        Assert.Throws<DomainException>(() => Contact.Record(EpisodeId, Now, (ContactMode)99, 10, ContactOutcome.Reached, null, WorkerId, Now));
        Assert.Throws<DomainException>(() => Contact.Record(EpisodeId, Now, ContactMode.Phone, 10, (ContactOutcome)9, null, WorkerId, Now));
        Assert.Throws<DomainException>(() => Contact.Record(Guid.Empty, Now, ContactMode.Phone, 10, ContactOutcome.Reached, null, WorkerId, Now));
        Assert.Throws<DomainException>(() => Contact.Record(EpisodeId, Now, ContactMode.Phone, 10, ContactOutcome.Reached, null, Guid.Empty, Now));
    }

    [Fact]
    public void An_attempt_is_not_a_reached_contact()
    {
        Assert.False(Record(outcome: ContactOutcome.Attempted).IsReached);
    }

    [Fact]
    public void A_contact_plan_keeps_frequency_mode_and_times()
    {
        var plan = ContactPlan.Create(EpisodeId, 14, ContactMode.HomeVisit, " Mornings ");
        Assert.Equal((14, ContactMode.HomeVisit, "Mornings"), (plan.FrequencyDays, plan.PreferredMode, plan.PreferredTimes));

        plan.Change(7, null, null);
        Assert.Equal((7, (ContactMode?)null, (string?)null), (plan.FrequencyDays, plan.PreferredMode, plan.PreferredTimes));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public void A_contact_plan_frequency_must_be_1_to_365_days(int days)
    {
        var error = Assert.Throws<DomainException>(() => ContactPlan.Create(EpisodeId, days));
        Assert.Equal("Contact frequency must be between 1 and 365 days", error.Message);
    }
}
