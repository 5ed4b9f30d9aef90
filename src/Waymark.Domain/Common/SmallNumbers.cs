using System.Globalization;

namespace Waymark.Domain.Common;

/// <summary>
/// Small-number suppression for counts published about people (the service gap register): a count of one to four
/// in a small area and month could point at someone. Waymark follows the NHS England practice for published
/// statistics: counts from 1 to 4 are suppressed (shown as "fewer than 5"), every other count is rounded to the
/// nearest 5, and totals are worked out from the true counts and then protected the same way. Rounding the
/// published counts means no suppressed count can be worked out by taking the others from a total, without having
/// to choose extra cells to hide (secondary suppression), which would hide more of what commissioners need.
/// Zero is shown as zero: nobody can be identified from it.
/// </summary>
public static class SmallNumbers
{
    /// <summary>Counts below this (and above zero) are suppressed.</summary>
    public const int Threshold = 5;

    /// <summary>Counts that are shown are rounded to the nearest multiple of this.</summary>
    public const int RoundTo = 5;

    /// <summary>What a suppressed count says in words.</summary>
    public const string SuppressedText = "fewer than 5";

    /// <summary>A count as it may be published: null when suppressed (1 to 4), otherwise rounded to the nearest 5.</summary>
    public static ProtectedCount Protect(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return new ProtectedCount(0);
        }

        // Integers never fall half way between two multiples of 5, so the midpoint rule never applies.
        return count < Threshold ? new ProtectedCount(null) : new ProtectedCount((int)Math.Round(count / (double)RoundTo) * RoundTo);
    }

    /// <summary>A total of true counts, protected as one count: never the sum of the protected parts.</summary>
    public static ProtectedCount Total(IEnumerable<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return Protect(counts.Sum());
    }
}

/// <summary>A count safe to publish: <see cref="Value"/> is null when suppressed, otherwise rounded.</summary>
public readonly record struct ProtectedCount(int? Value)
{
    public bool Suppressed => Value is null;

    /// <summary>The count in words: the rounded number, or "fewer than 5".</summary>
    public override string ToString() => Value?.ToString("N0", CultureInfo.GetCultureInfo("en-GB")) ?? SmallNumbers.SuppressedText;
}
