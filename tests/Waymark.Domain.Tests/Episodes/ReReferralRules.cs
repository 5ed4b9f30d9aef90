using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using static Waymark.Domain.Tests.Episodes.EpisodeFactory;

namespace Waymark.Domain.Tests.Episodes;

public sealed class ReReferralRules
{
    [Fact]
    public void A_new_episode_starts_referred_with_no_history()
    {
        var episode = Referred();
        Assert.Equal(EpisodeStatus.Referred, episode.Status);
        Assert.Null(episode.PreviousEpisodeId);
        Assert.Null(episode.TriageDecision);
        Assert.Empty(episode.CodedEvents);
        Assert.Empty(episode.Allocations);
        Assert.Equal(Now, episode.CreatedAt);
    }

    [Theory]
    [InlineData(EpisodeStatus.Discharged)]
    [InlineData(EpisodeStatus.Declined)]
    [InlineData(EpisodeStatus.Redirected)]
    [InlineData(EpisodeStatus.PersonDeclined)]
    public void A_person_can_be_referred_again_after_an_ending_and_the_new_episode_links_to_the_old(EpisodeStatus ended)
    {
        var previous = InStatus(ended);
        var referralId = Guid.CreateVersion7();
        var next = Episode.ReReferral(previous, referralId, ProgrammeId, previous.TeamId, Now.AddDays(90));

        Assert.Equal(previous.Id, next.PreviousEpisodeId);
        Assert.Equal(previous.PersonId, next.PersonId);
        Assert.Equal(referralId, next.ReferralId);
        Assert.Equal(EpisodeStatus.Referred, next.Status);
        Assert.NotEqual(previous.Id, next.Id);
    }

    [Fact]
    public void A_re_referral_records_its_own_acceptance_code()
    {
        var next = Episode.ReReferral(InStatus(EpisodeStatus.Discharged), Guid.CreateVersion7(), ProgrammeId, Guid.CreateVersion7(), Now.AddDays(90));
        Triage.Accept(next, Priority.Routine, null, true, null, SeniorId, Now.AddDays(91));
        Assert.Equal(Now.AddDays(91), Assert.Single(next.CodedEvents).At);
    }

    [Theory]
    [InlineData(EpisodeStatus.Referred)]
    [InlineData(EpisodeStatus.Waiting)]
    [InlineData(EpisodeStatus.Allocated)]
    [InlineData(EpisodeStatus.Active)]
    public void A_person_cannot_be_referred_again_while_their_episode_is_open(EpisodeStatus open)
    {
        var refused = Assert.Throws<DomainException>(() => Episode.ReReferral(InStatus(open), Guid.CreateVersion7(), ProgrammeId, Guid.CreateVersion7(), Now));
        Assert.Equal($"A person can be referred again only once their previous episode has ended; that one is {open.Describe()}", refused.Message);
    }

    [Fact]
    public void A_person_has_one_open_episode_per_programme()
    {
        var personId = Guid.CreateVersion7();
        var existing = new[] { InStatus(EpisodeStatus.Waiting, personId) };

        var refused = Assert.Throws<DomainException>(() => Episode.EnsureNoOtherOpen(existing, ProgrammeId));
        Assert.Equal("This person already has an open episode in this programme (on the waiting list); add to that one instead", refused.Message);
    }

    [Fact]
    public void Ended_episodes_and_other_programmes_do_not_block_a_new_episode()
    {
        var personId = Guid.CreateVersion7();
        var existing = new[]
        {
            InStatus(EpisodeStatus.Discharged, personId),
            InStatus(EpisodeStatus.Declined, personId),
            InStatus(EpisodeStatus.Active, personId, Guid.CreateVersion7()),
        };

        Episode.EnsureNoOtherOpen(existing, ProgrammeId);
        Episode.EnsureNoOtherOpen([], ProgrammeId);
    }

    [Fact]
    public void Episodes_without_a_programme_count_as_one_programme()
    {
        var open = Episode.Open(Guid.CreateVersion7(), Guid.CreateVersion7(), null, Guid.CreateVersion7(), Now);
        Assert.Throws<DomainException>(() => Episode.EnsureNoOtherOpen([open], null));
        Episode.EnsureNoOtherOpen([open], ProgrammeId);
    }
}
