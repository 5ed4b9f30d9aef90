using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.Plans;
using Waymark.Domain.Tests.Episodes;
using static Waymark.Domain.Tests.OnwardReferrals.OnwardReferralFactory;

namespace Waymark.Domain.Tests.OnwardReferrals;

public sealed class OnwardReferralRules
{
    private static readonly DateTimeOffset Later = Now.AddDays(2);

    [Fact]
    public void A_referral_made_from_a_goal_records_the_episode_person_goal_service_and_organisation()
    {
        var (episode, plan, goal) = Case();
        var referral = OnwardReferral.Create(
            episode, plan, goal.Id, Service, new OnwardReferralDetails(OnwardReferralKind.Direct, true, "  Wants to meet people  ", SharedData.Minimum),
            send: false, WorkerId, Now);

        Assert.Equal(
            (episode.Id, episode.PersonId, goal.Id, Service.ServiceId, Service.OrganisationId),
            (referral.EpisodeId, referral.PersonId, referral.GoalId, referral.ServiceId, referral.OrganisationId));
        Assert.Equal((OnwardReferralKind.Direct, true, "Wants to meet people"), (referral.Kind, referral.Accompanied, referral.AgreedReason));
        Assert.Equal(OnwardReferralStatus.Draft, referral.Status);
        Assert.Null(referral.SentAt);
        Assert.Equal(
            new OnwardReferralStatusChange(OnwardReferralStatus.Draft, Now, WorkerId, OnwardReferralActor.LinkWorker, null, null, null),
            Assert.Single(referral.History));
    }

    [Fact]
    public void Sending_straight_away_records_the_draft_and_the_request()
    {
        var referral = Made(send: true);

        Assert.Equal(OnwardReferralStatus.Requested, referral.Status);
        Assert.Equal(Now, referral.SentAt);
        Assert.Equal([OnwardReferralStatus.Draft, OnwardReferralStatus.Requested], referral.History.Select(h => h.Status));
    }

    [Fact]
    public void The_reason_in_agreed_words_is_required_and_bounded()
    {
        var (episode, plan, goal) = Case();
        var blank = Assert.Throws<DomainException>(() =>
            OnwardReferral.Create(episode, plan, goal.Id, Service, Details() with { AgreedReason = " " }, true, WorkerId, Now));
        Assert.Equal(("Enter the reason for the referral, in words agreed with the person", "AgreedReason"), (blank.Message, blank.Field));

        var tooLong = Assert.Throws<DomainException>(() =>
            OnwardReferral.Create(episode, plan, goal.Id, Service, Details() with { AgreedReason = new string('a', 1001) }, true, WorkerId, Now));
        Assert.Equal("Reason for the referral, in words agreed with the person must be 1000 characters or fewer", tooLong.Message);
    }

    [Fact]
    public void A_referral_is_made_only_while_the_person_is_in_support_from_an_open_goal_of_their_own_plan()
    {
        var (episode, plan, goal) = Case();
        var waiting = EpisodeFactory.InStatus(EpisodeStatus.Waiting);
        var notInSupport = Assert.Throws<DomainException>(() => OnwardReferral.Create(waiting, plan, goal.Id, Service, Details(), true, WorkerId, Now));
        Assert.Equal(
            "Make an onward referral only while the person is allocated to a link worker or active; this episode is on the waiting list",
            notInSupport.Message);

        var otherPlan = Plan.Create(Guid.CreateVersion7(), Now);
        Assert.Equal(
            "Choose a goal from this person's plan",
            Assert.Throws<DomainException>(() => OnwardReferral.Create(episode, otherPlan, goal.Id, Service, Details(), true, WorkerId, Now)).Message);

        Assert.Equal(
            "That goal is not part of this plan",
            Assert.Throws<DomainException>(() => OnwardReferral.Create(episode, plan, Guid.CreateVersion7(), Service, Details(), true, WorkerId, Now)).Message);

        goal.Achieve(Now);
        Assert.Equal(
            "A goal that is achieved cannot be used for a new onward referral; reopen it first",
            Assert.Throws<DomainException>(() => OnwardReferral.Create(episode, plan, goal.Id, Service, Details(), true, WorkerId, Now)).Message);
    }

    [Fact]
    public void A_direct_referral_needs_a_service_that_takes_referrals_through_waymark()
    {
        var signpostOnly = Service with { TakesDirectReferrals = false };
        var refused = Assert.Throws<DomainException>(() => Made(OnwardReferralKind.Direct, send: false, service: signpostOnly));
        Assert.Equal(("This service does not take referrals through Waymark; signpost the person to it instead", "Kind"), (refused.Message, refused.Field));

        Assert.Equal(OnwardReferralStatus.Requested, Made(OnwardReferralKind.Signpost, send: true, service: signpostOnly).Status);
    }

    [Fact]
    public void A_referral_to_a_service_not_taking_referrals_can_be_drafted_but_not_sent()
    {
        var paused = Service with { IsTakingReferrals = false };
        var draft = Made(send: false, service: paused);

        var refused = Assert.Throws<DomainException>(() => draft.Send(paused, OnwardReferralActor.LinkWorker, WorkerId, Later));
        Assert.Equal("This service is not taking new referrals just now; choose another service or record an unmet need", refused.Message);
        Assert.Equal(OnwardReferralStatus.Draft, draft.Status);

        draft.Send(Service, OnwardReferralActor.LinkWorker, WorkerId, Later);
        Assert.Equal((OnwardReferralStatus.Requested, (DateTimeOffset?)Later), (draft.Status, draft.SentAt));
    }

    [Fact]
    public void A_draft_can_be_revised_until_it_is_sent()
    {
        var draft = Made(send: false);
        draft.Revise(Details(OnwardReferralKind.Signpost) with { Accompanied = true, AgreedReason = "Gardening club" }, Service, OnwardReferralActor.LinkWorker, Later);
        Assert.Equal((OnwardReferralKind.Signpost, true, "Gardening club", Later), (draft.Kind, draft.Accompanied, draft.AgreedReason, draft.UpdatedAt));

        Assert.Throws<DomainException>(() => draft.Revise(Details(), Service with { ServiceId = Guid.CreateVersion7() }, OnwardReferralActor.LinkWorker, Later));
        Assert.Throws<DomainException>(() => draft.Revise(Details(), Service, OnwardReferralActor.Partner, Later));

        draft.Send(Service, OnwardReferralActor.LinkWorker, WorkerId, Later);
        var refused = Assert.Throws<DomainException>(() => draft.Revise(Details(), Service, OnwardReferralActor.LinkWorker, Later));
        Assert.Equal("Only a draft referral can be changed; this one is requested and waiting for an answer", refused.Message);
    }

    [Fact]
    public void Only_the_link_worker_sends_and_cancels()
    {
        var draft = Made(send: false);
        var send = Assert.Throws<DomainException>(() => draft.Send(Service, OnwardReferralActor.Partner, PartnerUserId, Later));
        Assert.Equal(("Only the link worker can send a referral", "Actor"), (send.Message, send.Field));

        var requested = Made();
        var cancel = Assert.Throws<DomainException>(() =>
            requested.Cancel(OnwardReferralActor.Partner, OnwardReferralReason.NoCapacity, null, PartnerUserId, Later));
        Assert.Equal("Only the link worker can cancel a referral; reject it or mark it as failed, with a reason, instead", cancel.Message);
        Assert.Equal(OnwardReferralStatus.Requested, requested.Status);
    }

    [Fact]
    public void Only_the_receiving_organisation_answers_a_direct_referral()
    {
        var referral = Made(OnwardReferralKind.Direct);
        var refused = Assert.Throws<DomainException>(() => referral.Accept(OnwardReferralActor.LinkWorker, WorkerId, Later));
        Assert.Equal(("Only the organisation receiving a direct referral can accept it; you will see their answer here", "Actor"), (refused.Message, refused.Field));

        referral.Accept(OnwardReferralActor.Partner, PartnerUserId, Later);
        Assert.Equal(
            "Only the organisation receiving a direct referral can put it on hold; you will see their answer here",
            Assert.Throws<DomainException>(() => referral.Hold(OnwardReferralActor.LinkWorker, WorkerId, Later)).Message);
        Assert.Throws<DomainException>(() => referral.Complete(OnwardReferralActor.LinkWorker, WorkerId, Later));
        Assert.Throws<DomainException>(() => referral.Fail(OnwardReferralActor.LinkWorker, OnwardReferralReason.DidNotAttend, null, WorkerId, Later));
        Assert.Equal(OnwardReferralStatus.Accepted, referral.Status);
    }

    [Fact]
    public void The_link_worker_records_what_happened_to_a_signpost_and_the_organisation_cannot()
    {
        var signpost = Made(OnwardReferralKind.Signpost);
        var refused = Assert.Throws<DomainException>(() => signpost.Accept(OnwardReferralActor.Partner, PartnerUserId, Later));
        Assert.Equal("A signpost is not sent to the organisation, so only the link worker can accept it", refused.Message);

        signpost.Accept(OnwardReferralActor.LinkWorker, WorkerId, Later);
        signpost.Complete(OnwardReferralActor.LinkWorker, WorkerId, Later.AddDays(30), "Goes every Tuesday");
        Assert.Equal(OnwardReferralStatus.Completed, signpost.Status);
        Assert.All(signpost.History, h => Assert.Equal(OnwardReferralActor.LinkWorker, h.Actor));
    }

    [Fact]
    public void An_unknown_actor_is_refused()
    {
        var referral = Made();
        var refused = Assert.Throws<DomainException>(() => referral.Accept((OnwardReferralActor)9, PartnerUserId, Later));
        Assert.Equal("Say whether the link worker or the receiving organisation is acting", refused.Message);
    }

    [Fact]
    public void Rejecting_failing_and_cancelling_need_a_reason()
    {
        var requested = Made();
        Assert.Equal(
            ("Select why the referral was rejected", "Reason"),
            Catch(() => requested.Reject(OnwardReferralActor.Partner, null, null, PartnerUserId, Later)));
        Assert.Equal(
            ("Select why the referral is cancelled", "Reason"),
            Catch(() => requested.Cancel(OnwardReferralActor.LinkWorker, null, null, WorkerId, Later)));
        Assert.Equal(
            "Select why the referral was rejected",
            Catch(() => requested.Reject(OnwardReferralActor.Partner, (OnwardReferralReason)42, null, PartnerUserId, Later)).Message);

        var accepted = InStatus(OnwardReferralStatus.Accepted);
        Assert.Equal(
            ("Select why the referral failed", "Reason"),
            Catch(() => accepted.Fail(OnwardReferralActor.Partner, null, null, PartnerUserId, Later)));
        Assert.Equal(OnwardReferralStatus.Requested, requested.Status);
        Assert.Equal(OnwardReferralStatus.Accepted, accepted.Status);
    }

    [Fact]
    public void Other_needs_the_reason_in_words()
    {
        var requested = Made();
        Assert.Equal(
            ("Enter why the referral was rejected", "ReasonText"),
            Catch(() => requested.Reject(OnwardReferralActor.Partner, OnwardReferralReason.Other, "  ", PartnerUserId, Later)));

        requested.Reject(OnwardReferralActor.Partner, OnwardReferralReason.Other, "Group is for over-65s only", PartnerUserId, Later, "Try the Tuesday club");

        Assert.Equal(
            new OnwardReferralStatusChange(
                OnwardReferralStatus.Rejected, Later, PartnerUserId, OnwardReferralActor.Partner, OnwardReferralReason.Other,
                "Group is for over-65s only", "Try the Tuesday club"),
            requested.LastChange);
    }

    [Fact]
    public void Every_step_is_kept_with_who_which_side_when_and_why()
    {
        var referral = Made();
        referral.Accept(OnwardReferralActor.Partner, PartnerUserId, Now.AddDays(3));
        referral.Start(OnwardReferralActor.Partner, PartnerUserId, Now.AddDays(10));
        referral.Hold(OnwardReferralActor.Partner, PartnerUserId, Now.AddDays(20), "Group paused over summer");
        referral.Start(OnwardReferralActor.Partner, PartnerUserId, Now.AddDays(40));
        referral.Fail(OnwardReferralActor.Partner, OnwardReferralReason.DidNotAttend, null, PartnerUserId, Now.AddDays(60));

        Assert.Equal(
            [
                (OnwardReferralStatus.Draft, Now, OnwardReferralActor.LinkWorker, (OnwardReferralReason?)null),
                (OnwardReferralStatus.Requested, Now, OnwardReferralActor.LinkWorker, null),
                (OnwardReferralStatus.Accepted, Now.AddDays(3), OnwardReferralActor.Partner, null),
                (OnwardReferralStatus.InProgress, Now.AddDays(10), OnwardReferralActor.Partner, null),
                (OnwardReferralStatus.OnHold, Now.AddDays(20), OnwardReferralActor.Partner, null),
                (OnwardReferralStatus.InProgress, Now.AddDays(40), OnwardReferralActor.Partner, null),
                (OnwardReferralStatus.Failed, Now.AddDays(60), OnwardReferralActor.Partner, OnwardReferralReason.DidNotAttend),
            ],
            referral.History.Select(h => (h.Status, h.At, h.Actor, h.Reason)));
        Assert.Equal("Group paused over summer", referral.History[4].Note);
        Assert.Equal(PartnerUserId, referral.LastChange.By);
        Assert.Equal(Now.AddDays(60), referral.UpdatedAt);
    }

    [Fact]
    public void The_first_answer_is_kept_for_the_service_response_time()
    {
        var referral = Made(at: Now);
        referral.Accept(OnwardReferralActor.Partner, PartnerUserId, Now.AddDays(3));
        referral.Complete(OnwardReferralActor.Partner, PartnerUserId, Now.AddDays(30));
        Assert.Equal((Now, Now.AddDays(3)), (referral.SentAt!.Value, referral.AnsweredAt!.Value));

        var rejected = Made(at: Now);
        rejected.Reject(OnwardReferralActor.Partner, OnwardReferralReason.NoCapacity, null, PartnerUserId, Now.AddDays(5));
        Assert.Equal(Now.AddDays(5), rejected.AnsweredAt);
    }

    [Fact]
    public void Notes_and_reason_words_are_bounded()
    {
        var referral = Made();
        Assert.Equal("Note", Catch(() => referral.Accept(OnwardReferralActor.Partner, PartnerUserId, Later, new string('n', 1001))).Field);
        Assert.Equal(
            "ReasonText",
            Catch(() => referral.Reject(OnwardReferralActor.Partner, OnwardReferralReason.Other, new string('r', 501), PartnerUserId, Later)).Field);
        Assert.Equal(OnwardReferralStatus.Requested, referral.Status);
    }

    [Fact]
    public void A_step_must_say_who_took_it()
    {
        var referral = Made();
        Assert.Equal("By", Catch(() => referral.Accept(OnwardReferralActor.Partner, Guid.Empty, Later)).Field);
        Assert.Equal(OnwardReferralStatus.Requested, referral.Status);
    }

    private static (string Message, string? Field) Catch(Action act)
    {
        var refused = Assert.Throws<DomainException>(act);
        return (refused.Message, refused.Field);
    }
}
