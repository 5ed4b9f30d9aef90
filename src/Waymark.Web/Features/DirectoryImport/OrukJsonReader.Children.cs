using System.Text.Json.Nodes;
using Waymark.Domain.Directory;

namespace Waymark.Web.Features.DirectoryImport;

/// <summary>The ORUK objects that sit in several others: <c>phone</c>, <c>contact</c>, <c>language</c> and <c>schedule</c>.</summary>
public static partial class OrukJsonReader
{
    private static Phone Phone(JsonObject p, Guid fallbackId, string field, Reader read) => new()
    {
        Id = IdOr(p, fallbackId),
        Number = Str(p, "number") ?? string.Empty,
        Description = Str(p, "description"),
        Languages = (p["languages"] as JsonArray)?.OfType<JsonObject>().Select((l, i) => Language(l, StableId.Child(fallbackId, "language", i))).ToList() ?? [],
    };

    private static ServiceContact Contact(JsonObject c, Guid fallbackId, string field, Reader read) => new()
    {
        Id = IdOr(c, fallbackId),
        Name = Str(c, "name"),
        Title = Str(c, "title"),
        Department = Str(c, "department"),
        Email = Str(c, "email"),
        Phones = (c["phones"] as JsonArray)?.OfType<JsonObject>().Select((p, i) => Phone(p, StableId.Child(fallbackId, "phone", i), $"{field}.Phones[{i}]", read)).ToList() ?? [],
    };

    private static Language Language(JsonObject l, Guid fallbackId) => new()
    {
        Id = IdOr(l, fallbackId),
        Name = Str(l, "name"),
        Code = Str(l, "code"),
        Note = Str(l, "note"),
    };

    private static Schedule Schedule(JsonObject s, Guid fallbackId, string field, Reader read)
    {
        ScheduleFrequency? freq = null;
        if (Str(s, "freq") is { } text)
        {
            if (Enum.TryParse<ScheduleFrequency>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                freq = parsed;
            }
            else
            {
                read.Problem(field + ".Freq", $"\"{text}\" is not a frequency: give WEEKLY or MONTHLY");
            }
        }

        return new Schedule
        {
            Id = IdOr(s, fallbackId),
            ValidFrom = read.Date(s, "valid_from", field + ".ValidFrom"),
            ValidTo = read.Date(s, "valid_to", field + ".ValidTo"),
            DtStart = read.Date(s, "dtstart", field + ".DtStart"),
            Freq = freq,
            Interval = read.Int(s, "interval", field + ".Interval"),
            ByDay = Str(s, "byday"),
            ByMonthDay = Str(s, "bymonthday"),
            Description = Str(s, "description"),
            OpensAt = read.Time(s, "opens_at", field + ".OpensAt"),
            ClosesAt = read.Time(s, "closes_at", field + ".ClosesAt"),
            ScheduleLink = Str(s, "schedule_link"),
            AttendingType = Str(s, "attending_type"),
            Notes = Str(s, "notes"),
        };
    }
}
