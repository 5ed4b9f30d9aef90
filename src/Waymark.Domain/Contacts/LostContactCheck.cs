using Waymark.Domain.Programmes;

namespace Waymark.Domain.Contacts;

/// <summary>
/// Whether an episode may be discharged as lost contact under the programme's rule: since the person was last
/// reached (or allocated, if never reached) there have been enough attempts, by enough different modes, and enough
/// days have passed. Attempts before the last reached contact do not count: reaching the person resets the count.
/// </summary>
public sealed record LostContactCheck(bool IsMet, int Attempts, int Modes, int Days, IReadOnlyList<string> Unmet)
{
    public static LostContactCheck Evaluate(
        LostContactRule rule, IEnumerable<Contact> contacts, DateTimeOffset allocatedAt, DateTimeOffset now)
    {
        var all = contacts.ToList();
        var since = all.Where(c => c.IsReached).Select(c => c.At).DefaultIfEmpty(allocatedAt).Max();
        var attempts = all.Where(c => !c.IsReached && c.At > since).ToList();
        var modes = attempts.Select(c => c.Mode).Distinct().Count();
        var days = Math.Max(0, (int)(now - since).TotalDays);

        var unmet = new List<string>();
        if (attempts.Count < rule.MinAttempts)
        {
            unmet.Add($"{attempts.Count} of {rule.MinAttempts} attempts to contact the person have been made");
        }

        if (modes < rule.MinModes)
        {
            unmet.Add($"Attempts used {modes} of the {rule.MinModes} different ways of contacting needed");
        }

        if (days < rule.MinDays)
        {
            unmet.Add($"{days} of {rule.MinDays} days have passed since the person was last reached");
        }

        return new LostContactCheck(unmet.Count == 0, attempts.Count, modes, days, unmet);
    }
}
