using Waymark.Domain.Common;
using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;

namespace Waymark.Domain.Tests.Episodes;

public sealed class EpisodeContactRules
{
    private static readonly DateTimeOffset Later = EpisodeFactory.Now.AddDays(3);

    private static Contact ContactFor(Episode episode, ContactOutcome outcome) =>
        Contact.Record(episode.Id, Later.AddHours(-1), ContactMode.Phone, 10, outcome, null, EpisodeFactory.WorkerId, Later);

    [Fact]
    public void The_first_reached_contact_makes_an_allocated_episode_active_from_when_it_happened()
    {
        var episode = EpisodeFactory.InStatus(EpisodeStatus.Allocated);

        episode.RecordContact(ContactFor(episode, ContactOutcome.Reached));

        Assert.Equal(EpisodeStatus.Active, episode.Status);
        Assert.Equal(Later.AddHours(-1), episode.FirstContactAt);
    }

    [Fact]
    public void An_attempt_does_not_begin_support()
    {
        var episode = EpisodeFactory.InStatus(EpisodeStatus.Allocated);

        episode.RecordContact(ContactFor(episode, ContactOutcome.Attempted));

        Assert.Equal(EpisodeStatus.Allocated, episode.Status);
        Assert.Null(episode.FirstContactAt);
    }

    [Fact]
    public void Later_reached_contacts_leave_an_active_episode_and_its_first_contact_alone()
    {
        var episode = EpisodeFactory.InStatus(EpisodeStatus.Active);
        var first = episode.FirstContactAt;

        episode.RecordContact(ContactFor(episode, ContactOutcome.Reached));

        Assert.Equal((EpisodeStatus.Active, first), (episode.Status, episode.FirstContactAt));
    }

    [Theory]
    [InlineData(EpisodeStatus.Discharged)]
    [InlineData(EpisodeStatus.Declined)]
    [InlineData(EpisodeStatus.Redirected)]
    [InlineData(EpisodeStatus.PersonDeclined)]
    public void An_ended_episode_takes_no_contacts_and_says_how_to_start_again(EpisodeStatus status)
    {
        var episode = EpisodeFactory.InStatus(status);

        var error = Assert.Throws<DomainException>(() => episode.RecordContact(ContactFor(episode, ContactOutcome.Reached)));

        Assert.StartsWith($"This episode has ended ({status.Describe()})", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("refer them again: their history comes with them", error.Message, StringComparison.Ordinal);
        Assert.Equal(status, episode.Status);
    }

    [Theory]
    [InlineData(EpisodeStatus.Referred)]
    [InlineData(EpisodeStatus.Waiting)]
    public void Contacts_wait_until_the_person_is_allocated(EpisodeStatus status)
    {
        var episode = EpisodeFactory.InStatus(status);

        var error = Assert.Throws<DomainException>(episode.EnsureOpenForContacts);

        Assert.StartsWith("Contacts can be recorded and planned once the person is allocated to a link worker", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contact_for_another_episode_is_refused()
    {
        var episode = EpisodeFactory.InStatus(EpisodeStatus.Allocated);
        var other = EpisodeFactory.InStatus(EpisodeStatus.Allocated);

        Assert.Throws<DomainException>(() => episode.RecordContact(ContactFor(other, ContactOutcome.Reached)));
        Assert.Equal(EpisodeStatus.Allocated, episode.Status);
    }
}
