using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using static Waymark.Domain.Tests.Episodes.EpisodeFactory;

namespace Waymark.Domain.Tests.Episodes;

/// <summary>Every transition tried from every status: the allowed ones succeed, all others are refused clearly.</summary>
public sealed class EpisodeTransitions
{
    private static readonly DateTimeOffset Later = Now.AddDays(3);

    private static readonly Dictionary<string, (Action<Episode> Act, EpisodeStatus[] AllowedFrom, EpisodeStatus? To)> Transitions = new()
    {
        ["accept"] = (e => Triage.Accept(e, Priority.Soon, null, true, null, SeniorId, Later), [EpisodeStatus.Referred], EpisodeStatus.Waiting),
        ["decline"] = (e => Triage.Decline(e, DeclineReason.InCrisis, "Directed to the crisis line", SeniorId, Later), [EpisodeStatus.Referred], EpisodeStatus.Declined),
        ["redirect"] = (e => Triage.Redirect(e, "Debt advice", "Needs specialist advice", SeniorId, Later), [EpisodeStatus.Referred], EpisodeStatus.Redirected),
        ["person declined"] = (e => e.RecordPersonDeclined("Feels better", SeniorId, Later),
            [EpisodeStatus.Referred, EpisodeStatus.Waiting, EpisodeStatus.Allocated], EpisodeStatus.PersonDeclined),
        ["allocate"] = (e => e.Allocate(WorkerId, SupportIntensity.Intensive, Room, null, SeniorId, Later), [EpisodeStatus.Waiting], EpisodeStatus.Allocated),
        ["reallocate"] = (e => e.Reallocate(OtherWorkerId, "Worker on leave", Room, null, SeniorId, Later),
            [EpisodeStatus.Allocated, EpisodeStatus.Active], null),
        ["first contact"] = (e => e.RecordFirstContact(Later), [EpisodeStatus.Allocated, EpisodeStatus.Active], EpisodeStatus.Active),
        ["change intensity"] = (e => e.ChangeIntensity(SupportIntensity.Signposting), [EpisodeStatus.Allocated, EpisodeStatus.Active], null),
        ["discharge"] = (e => e.Discharge(DischargeReason.MovedAway, "Moved to another city", WorkerId, Later),
            [EpisodeStatus.Allocated, EpisodeStatus.Active], EpisodeStatus.Discharged),
    };

    public static TheoryData<string, EpisodeStatus> EveryTransitionFromEveryStatus()
    {
        var data = new TheoryData<string, EpisodeStatus>();
        foreach (var transition in Transitions.Keys)
        {
            foreach (var status in Enum.GetValues<EpisodeStatus>())
            {
                data.Add(transition, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTransitionFromEveryStatus))]
    public void A_transition_succeeds_only_from_the_statuses_that_allow_it(string transition, EpisodeStatus from)
    {
        var (act, allowedFrom, to) = Transitions[transition];
        var episode = InStatus(from);

        if (allowedFrom.Contains(from))
        {
            act(episode);
            Assert.Equal(to ?? from, episode.Status);
        }
        else
        {
            var refused = Assert.Throws<DomainException>(() => act(episode));
            Assert.EndsWith($"; this one is {from.Describe()}", refused.Message, StringComparison.Ordinal);
            Assert.Equal(from, episode.Status);
        }
    }

    [Fact]
    public void The_refusal_names_the_rule_and_the_current_status_in_plain_words()
    {
        var active = InStatus(EpisodeStatus.Active);
        var refused = Assert.Throws<DomainException>(() => active.Allocate(WorkerId, SupportIntensity.Standard, Room, null, SeniorId, Later));
        Assert.Equal("Only a person on the waiting list can be allocated; this one is active", refused.Message);
    }

    [Fact]
    public void Every_status_has_plain_words()
    {
        foreach (var status in Enum.GetValues<EpisodeStatus>())
        {
            Assert.NotEqual(status.ToString(), status.Describe());
        }
    }

    [Fact]
    public void Only_discharged_declined_redirected_and_person_declined_are_endings()
    {
        var ended = Enum.GetValues<EpisodeStatus>().Where(s => s.IsEnded());
        Assert.Equal([EpisodeStatus.Discharged, EpisodeStatus.Declined, EpisodeStatus.Redirected, EpisodeStatus.PersonDeclined], ended);
    }
}
