using System.Text.Json.Serialization;

namespace Waymark.Domain.Directory;

/// <summary>ORUK schedule <c>freq</c> (iCalendar RRULE FREQ): only weekly and monthly are allowed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScheduleFrequency>))]
public enum ScheduleFrequency
{
    Weekly,
    Monthly,
}
