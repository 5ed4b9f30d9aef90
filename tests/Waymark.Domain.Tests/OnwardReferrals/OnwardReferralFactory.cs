using Waymark.Domain.Episodes;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.Plans;
using Waymark.Domain.Tests.Episodes;

namespace Waymark.Domain.Tests.OnwardReferrals;

/// <summary>Builds onward referrals in any status, walking the real transitions with the right side acting.</summary>
internal static class OnwardReferralFactory
{
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 2);
    public static readonly Guid WorkerId = EpisodeFactory.WorkerId;
    public static readonly Guid PartnerUserId = Guid.CreateVersion7();
    public static readonly ReferralTarget Service = new(Guid.CreateVersion7(), Guid.CreateVersion7(), TakesDirectReferrals: true, IsTakingReferrals: true);

    public const string Reason = "Wants to meet people who like gardening";

    public static OnwardReferralDetails Details(OnwardReferralKind kind = OnwardReferralKind.Direct, SharedData? shared = null) =>
        new(kind, Accompanied: false, Reason, shared ?? SharedData.Minimum);

    public static (Episode Episode, Plan Plan, Goal Goal) Case()
    {
        var episode = EpisodeFactory.InStatus(EpisodeStatus.Active);
        var plan = Plan.Create(episode.Id, Now);
        var goal = plan.AddGoal("Get out of the house more", GoalDetails.None, Today, Now);
        return (episode, plan, goal);
    }

    public static OnwardReferral Made(OnwardReferralKind kind = OnwardReferralKind.Direct, bool send = true, ReferralTarget? service = null, DateTimeOffset? at = null)
    {
        var (episode, plan, goal) = Case();
        return OnwardReferral.Create(episode, plan, goal.Id, service ?? Service, Details(kind), send, WorkerId, at ?? Now);
    }

    /// <summary>The side that answers a referral of this kind: the partner for direct, the link worker for signposts.</summary>
    public static OnwardReferralActor Answerer(OnwardReferralKind kind) =>
        kind == OnwardReferralKind.Direct ? OnwardReferralActor.Partner : OnwardReferralActor.LinkWorker;

    public static Guid AnswererId(OnwardReferralKind kind) => kind == OnwardReferralKind.Direct ? PartnerUserId : WorkerId;

    public static OnwardReferral InStatus(OnwardReferralStatus status, OnwardReferralKind kind = OnwardReferralKind.Direct)
    {
        var referral = Made(kind, send: status != OnwardReferralStatus.Draft);
        var side = Answerer(kind);
        var by = AnswererId(kind);
        var at = Now.AddDays(1);
        switch (status)
        {
            case OnwardReferralStatus.Draft or OnwardReferralStatus.Requested:
                break;
            case OnwardReferralStatus.Rejected:
                referral.Reject(side, OnwardReferralReason.NoCapacity, null, by, at);
                break;
            case OnwardReferralStatus.Cancelled:
                referral.Cancel(OnwardReferralActor.LinkWorker, OnwardReferralReason.PersonDeclined, null, WorkerId, at);
                break;
            default:
                referral.Accept(side, by, at);
                if (status is OnwardReferralStatus.InProgress or OnwardReferralStatus.OnHold)
                {
                    referral.Start(side, by, at.AddDays(1));
                }

                if (status == OnwardReferralStatus.OnHold)
                {
                    referral.Hold(side, by, at.AddDays(2));
                }
                else if (status == OnwardReferralStatus.Completed)
                {
                    referral.Complete(side, by, at.AddDays(3));
                }
                else if (status == OnwardReferralStatus.Failed)
                {
                    referral.Fail(side, OnwardReferralReason.DidNotAttend, null, by, at.AddDays(3));
                }

                break;
        }

        Assert.Equal(status, referral.Status);
        return referral;
    }
}
