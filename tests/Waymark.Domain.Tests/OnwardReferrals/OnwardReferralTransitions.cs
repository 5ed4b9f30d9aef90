using Waymark.Domain.Common;
using Waymark.Domain.OnwardReferrals;
using static Waymark.Domain.Tests.OnwardReferrals.OnwardReferralFactory;

namespace Waymark.Domain.Tests.OnwardReferrals;

/// <summary>Every step tried from every status, for both kinds: the allowed ones succeed, all others are refused clearly.</summary>
public sealed class OnwardReferralTransitions
{
    private static readonly DateTimeOffset Later = Now.AddDays(20);

    private static readonly OnwardReferralStatus[] Underway =
        [OnwardReferralStatus.Accepted, OnwardReferralStatus.InProgress, OnwardReferralStatus.OnHold];

    private static readonly Dictionary<string, (Action<OnwardReferral, OnwardReferralActor, Guid> Act, OnwardReferralStatus[] AllowedFrom, OnwardReferralStatus To)> Transitions = new()
    {
        ["send"] = ((r, _, _) => r.Send(Service, OnwardReferralActor.LinkWorker, WorkerId, Later), [OnwardReferralStatus.Draft], OnwardReferralStatus.Requested),
        ["accept"] = ((r, side, by) => r.Accept(side, by, Later), [OnwardReferralStatus.Requested], OnwardReferralStatus.Accepted),
        ["reject"] = ((r, side, by) => r.Reject(side, OnwardReferralReason.NotEligible, null, by, Later), [OnwardReferralStatus.Requested], OnwardReferralStatus.Rejected),
        ["start"] = ((r, side, by) => r.Start(side, by, Later), [OnwardReferralStatus.Accepted, OnwardReferralStatus.OnHold], OnwardReferralStatus.InProgress),
        ["hold"] = ((r, side, by) => r.Hold(side, by, Later), [OnwardReferralStatus.Accepted, OnwardReferralStatus.InProgress], OnwardReferralStatus.OnHold),
        ["complete"] = ((r, side, by) => r.Complete(side, by, Later), Underway, OnwardReferralStatus.Completed),
        ["fail"] = ((r, side, by) => r.Fail(side, OnwardReferralReason.CouldNotContact, null, by, Later), Underway, OnwardReferralStatus.Failed),
        ["cancel"] = ((r, _, _) => r.Cancel(OnwardReferralActor.LinkWorker, OnwardReferralReason.PersonDeclined, null, WorkerId, Later),
            [OnwardReferralStatus.Draft, OnwardReferralStatus.Requested, .. Underway], OnwardReferralStatus.Cancelled),
    };

    public static TheoryData<string, OnwardReferralStatus, OnwardReferralKind> EveryStepFromEveryStatus()
    {
        var data = new TheoryData<string, OnwardReferralStatus, OnwardReferralKind>();
        foreach (var transition in Transitions.Keys)
        {
            foreach (var status in Enum.GetValues<OnwardReferralStatus>())
            {
                foreach (var kind in Enum.GetValues<OnwardReferralKind>())
                {
                    data.Add(transition, status, kind);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStepFromEveryStatus))]
    public void A_step_succeeds_only_from_the_statuses_that_allow_it(string transition, OnwardReferralStatus from, OnwardReferralKind kind)
    {
        var (act, allowedFrom, to) = Transitions[transition];
        var referral = InStatus(from, kind);
        var historyBefore = referral.History.Count;

        if (allowedFrom.Contains(from))
        {
            act(referral, Answerer(kind), AnswererId(kind));
            Assert.Equal(to, referral.Status);
            Assert.Equal(historyBefore + 1, referral.History.Count);
            Assert.Equal((to, Later), (referral.LastChange.Status, referral.LastChange.At));
        }
        else
        {
            var refused = Assert.Throws<DomainException>(() => act(referral, Answerer(kind), AnswererId(kind)));
            Assert.EndsWith($"; this one is {from.Describe()}", refused.Message, StringComparison.Ordinal);
            Assert.Equal("Status", refused.Field);
            Assert.Equal(from, referral.Status);
            Assert.Equal(historyBefore, referral.History.Count);
        }
    }

    [Fact]
    public void The_allowed_moves_are_exactly_the_gravity_closed_loop_ones()
    {
        var allowed = Transitions.Values
            .SelectMany(t => t.AllowedFrom.Select(from => (from, t.To)))
            .Distinct()
            .Order()
            .ToList();

        (OnwardReferralStatus, OnwardReferralStatus)[] expected =
        [
            (OnwardReferralStatus.Draft, OnwardReferralStatus.Requested),
            (OnwardReferralStatus.Draft, OnwardReferralStatus.Cancelled),
            (OnwardReferralStatus.Requested, OnwardReferralStatus.Accepted),
            (OnwardReferralStatus.Requested, OnwardReferralStatus.Rejected),
            (OnwardReferralStatus.Requested, OnwardReferralStatus.Cancelled),
            (OnwardReferralStatus.Accepted, OnwardReferralStatus.InProgress),
            (OnwardReferralStatus.Accepted, OnwardReferralStatus.OnHold),
            (OnwardReferralStatus.Accepted, OnwardReferralStatus.Completed),
            (OnwardReferralStatus.Accepted, OnwardReferralStatus.Failed),
            (OnwardReferralStatus.Accepted, OnwardReferralStatus.Cancelled),
            (OnwardReferralStatus.InProgress, OnwardReferralStatus.OnHold),
            (OnwardReferralStatus.InProgress, OnwardReferralStatus.Completed),
            (OnwardReferralStatus.InProgress, OnwardReferralStatus.Failed),
            (OnwardReferralStatus.InProgress, OnwardReferralStatus.Cancelled),
            (OnwardReferralStatus.OnHold, OnwardReferralStatus.InProgress),
            (OnwardReferralStatus.OnHold, OnwardReferralStatus.Completed),
            (OnwardReferralStatus.OnHold, OnwardReferralStatus.Failed),
            (OnwardReferralStatus.OnHold, OnwardReferralStatus.Cancelled),
        ];
        Assert.Equal(expected.Order(), allowed);
    }

    [Fact]
    public void The_refusal_names_the_rule_and_the_current_status_in_plain_words()
    {
        var completed = InStatus(OnwardReferralStatus.Completed);
        var refused = Assert.Throws<DomainException>(() => completed.Accept(OnwardReferralActor.Partner, PartnerUserId, Later));
        Assert.Equal("Only a requested referral can be accepted; this one is completed", refused.Message);
    }

    [Fact]
    public void Ended_referrals_take_no_further_step()
    {
        foreach (var status in Enum.GetValues<OnwardReferralStatus>().Where(s => s.IsEnded()))
        {
            var referral = InStatus(status);
            foreach (var (act, _, _) in Transitions.Values)
            {
                Assert.Throws<DomainException>(() => act(referral, OnwardReferralActor.Partner, PartnerUserId));
            }
        }
    }

    [Fact]
    public void Only_rejected_completed_failed_and_cancelled_are_endings_and_draft_is_not_yet_active()
    {
        Assert.Equal(
            [OnwardReferralStatus.Rejected, OnwardReferralStatus.Completed, OnwardReferralStatus.Failed, OnwardReferralStatus.Cancelled],
            Enum.GetValues<OnwardReferralStatus>().Where(s => s.IsEnded()));
        Assert.Equal(
            [OnwardReferralStatus.Requested, OnwardReferralStatus.Accepted, OnwardReferralStatus.InProgress, OnwardReferralStatus.OnHold],
            Enum.GetValues<OnwardReferralStatus>().Where(s => s.IsActive()));
    }

    [Fact]
    public void Every_status_has_plain_words_and_a_fhir_task_status_code()
    {
        var codes = Enum.GetValues<OnwardReferralStatus>().Select(s => s.ToFhirCode()).ToList();
        Assert.Equal(["draft", "requested", "accepted", "rejected", "in-progress", "on-hold", "completed", "failed", "cancelled"], codes);
        foreach (var status in Enum.GetValues<OnwardReferralStatus>())
        {
            Assert.NotEqual(status.ToString(), status.Describe());
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => ((OnwardReferralStatus)99).ToFhirCode());
    }
}
