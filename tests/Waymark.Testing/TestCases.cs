using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;
using Waymark.Domain.People;
using Waymark.Domain.Referrals;
using Xunit;

namespace Waymark.Testing;

/// <summary>A person with one episode, made by <see cref="TestCases.CaseAtAsync"/>.</summary>
public sealed record TestCase(Guid PersonId, Guid ReferralId, Guid EpisodeId, string GivenName, string FamilyName);

/// <summary>
/// Puts a person at any stage of the journey through the domain's own transitions, so tests of one step do not
/// have to drive every step before it. Names are unique within the process.
/// </summary>
public static class TestCases
{
    private static int _counter;

    /// <summary>
    /// Registers a person, refers them to <paramref name="teamId"/> (from <paramref name="practiceId"/> when given,
    /// otherwise as a self-referral) and moves the episode to <paramref name="stage"/>. Stages from Allocated on
    /// need <paramref name="workerId"/>. An active episode has a 14-day contact plan and one reached phone contact.
    /// The referral names <paramref name="needs"/>, or loneliness and isolation.
    /// </summary>
    public static Task<TestCase> CaseAtAsync(
        this WaymarkAppFactory app, Guid teamId, EpisodeStatus stage, Guid? workerId = null, Guid? practiceId = null,
        Guid? referrerUserId = null, string? familyName = null, string? nhsNumber = null, Guid? programmeId = null,
        IReadOnlyList<NeedCategory>? needs = null) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var now = app.Clock.GetUtcNow();
            var by = workerId ?? Guid.CreateVersion7();
            var number = Interlocked.Increment(ref _counter);
            var family = familyName ?? $"Case{number:D4}";
            var person = Person.Register(nhsNumber, "Sam", family, null, new DateOnly(1958, 3, 14), DateOnly.FromDateTime(now.UtcDateTime), now);
            if (practiceId is { } practice)
            {
                person.ChangeRegisteredPractice(practice);
            }

            ReferralNeed[] referred = needs is null
                ? [ReferralNeed.Of(NeedCategory.LonelinessAndIsolation, "Has felt alone since moving here")]
                : [.. needs.Select(n => ReferralNeed.Of(n))];
            var referral = practiceId is { } from
                ? Referral.FromPractice(from, referrerUserId ?? Guid.CreateVersion7(), person.Id, referred, true, Urgency.Routine, now)
                : Referral.SelfReferral(person.Id, referred, Urgency.Routine, now);
            var episode = Episode.Open(person.Id, referral.Id, programmeId, teamId, now);
            db.AddRange(person, referral, episode);
            Advance(db, episode, stage, workerId, by, now);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return new TestCase(person.Id, referral.Id, episode.Id, person.GivenName, person.FamilyName);
        });

    private static void Advance(AppDbContext db, Episode episode, EpisodeStatus stage, Guid? workerId, Guid by, DateTimeOffset now)
    {
        switch (stage)
        {
            case EpisodeStatus.Referred:
                return;
            case EpisodeStatus.Declined:
                Triage.Decline(episode, DeclineReason.OutsideArea, "Lives outside the area we cover", by, now);
                return;
            case EpisodeStatus.Redirected:
                Triage.Redirect(episode, "Citizens Advice", "Needs debt advice first", by, now);
                return;
            case EpisodeStatus.PersonDeclined:
                Triage.PersonDeclined(episode, "Does not want support at the moment", by, now);
                return;
        }

        Triage.Accept(episode, Priority.Routine, "Isolated since moving", isEligible: true, null, by, now);
        if (stage == EpisodeStatus.Waiting)
        {
            return;
        }

        var worker = workerId ?? throw new ArgumentException("Allocated and later stages need a worker", nameof(workerId));
        episode.Allocate(worker, SupportIntensity.Standard, new AllocationCheck(0, 30), null, by, now);
        if (stage == EpisodeStatus.Allocated)
        {
            return;
        }

        db.Add(ContactPlan.Create(episode.Id, 14, ContactMode.Phone));
        db.Add(Contact.Record(episode.Id, now.AddMinutes(-30), ContactMode.Phone, 20, ContactOutcome.Reached, "First call", worker, now));
        episode.RecordFirstContact(now);
        if (stage == EpisodeStatus.Discharged)
        {
            episode.Discharge(DischargeReason.GoalsAchieved, "Joined the walking group and feels more connected", worker, now);
        }
    }
}
