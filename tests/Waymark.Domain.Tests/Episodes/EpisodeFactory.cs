using Waymark.Domain.Episodes;

namespace Waymark.Domain.Tests.Episodes;

/// <summary>Builds episodes already in a given status, walking the real transitions to get there.</summary>
internal static class EpisodeFactory
{
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly Guid SeniorId = Guid.CreateVersion7();
    public static readonly Guid WorkerId = Guid.CreateVersion7();
    public static readonly Guid OtherWorkerId = Guid.CreateVersion7();
    public static readonly Guid ProgrammeId = Guid.CreateVersion7();
    public static readonly AllocationCheck Room = new(CurrentLoad: 0, Capacity: 30);

    public static Episode Referred(Guid? personId = null, Guid? programmeId = null) =>
        Episode.Open(personId ?? Guid.CreateVersion7(), Guid.CreateVersion7(), programmeId ?? ProgrammeId, Guid.CreateVersion7(), Now);

    public static Episode InStatus(EpisodeStatus status, Guid? personId = null, Guid? programmeId = null)
    {
        var episode = Referred(personId, programmeId);
        switch (status)
        {
            case EpisodeStatus.Referred:
                break;
            case EpisodeStatus.Declined:
                Triage.Decline(episode, DeclineReason.OutsideArea, "Lives outside the area", SeniorId, Now);
                break;
            case EpisodeStatus.Redirected:
                Triage.Redirect(episode, "Talking therapies", "Needs psychological therapy", SeniorId, Now);
                break;
            case EpisodeStatus.PersonDeclined:
                Triage.PersonDeclined(episode, null, SeniorId, Now);
                break;
            default:
                Triage.Accept(episode, Priority.Routine, "Lonely since bereavement", true, null, SeniorId, Now);
                if (status == EpisodeStatus.Waiting)
                {
                    break;
                }

                episode.Allocate(WorkerId, SupportIntensity.Standard, Room, null, SeniorId, Now.AddDays(1));
                if (status == EpisodeStatus.Allocated)
                {
                    break;
                }

                episode.RecordFirstContact(Now.AddDays(2));
                if (status == EpisodeStatus.Discharged)
                {
                    episode.Discharge(DischargeReason.GoalsAchieved, "Joined a walking group", WorkerId, Now.AddDays(60));
                }

                break;
        }

        Assert.Equal(status, episode.Status);
        return episode;
    }
}
