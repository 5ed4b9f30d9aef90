using Waymark.Domain.Common;

namespace Waymark.Domain.Contacts;

/// <summary>
/// How often and how a link worker means to contact a person in an episode. It starts from the programme's default
/// frequency and is agreed with the person.
/// </summary>
public sealed class ContactPlan : Entity
{
    public const int MinFrequencyDays = 1;
    public const int MaxFrequencyDays = 365;
    public const int PreferredTimesMaxLength = 500;

    private ContactPlan()
    {
    }

    public Guid EpisodeId { get; private init; }

    public int FrequencyDays { get; private set; }

    public ContactMode? PreferredMode { get; private set; }

    /// <summary>In the person's words, e.g. "weekday mornings, not Tuesdays".</summary>
    public string? PreferredTimes { get; private set; }

    public static ContactPlan Create(Guid episodeId, int frequencyDays, ContactMode? preferredMode = null, string? preferredTimes = null)
    {
        if (episodeId == Guid.Empty)
        {
            throw new DomainException("A contact plan must belong to an episode", nameof(EpisodeId));
        }

        var plan = new ContactPlan { EpisodeId = episodeId };
        plan.Change(frequencyDays, preferredMode, preferredTimes);
        return plan;
    }

    public void Change(int frequencyDays, ContactMode? preferredMode, string? preferredTimes)
    {
        if (frequencyDays is < MinFrequencyDays or > MaxFrequencyDays)
        {
            throw new DomainException(
                $"Contact frequency must be between {MinFrequencyDays} and {MaxFrequencyDays} days", nameof(FrequencyDays));
        }

        if (preferredMode is { } mode && !Enum.IsDefined(mode))
        {
            throw new DomainException("Choose a way of contacting from the list", nameof(PreferredMode));
        }

        FrequencyDays = frequencyDays;
        PreferredMode = preferredMode;
        PreferredTimes = Text.Optional(preferredTimes, nameof(PreferredTimes), "the preferred times", PreferredTimesMaxLength);
    }

    /// <summary>Where this plan stands today, counting from the last reached contact (or the allocation).</summary>
    public ContactSchedule ScheduleOn(DateOnly lastReachedOrAllocated, DateOnly today, int noContactThresholdDays = ContactSchedule.DefaultNoContactDays) =>
        ContactSchedule.Calculate(lastReachedOrAllocated, FrequencyDays, today, noContactThresholdDays);
}
