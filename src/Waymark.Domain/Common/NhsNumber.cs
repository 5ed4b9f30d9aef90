using System.Diagnostics.CodeAnalysis;

namespace Waymark.Domain.Common;

/// <summary>
/// A person's NHS number: 10 digits whose last is a modulus 11 check digit (NHS Data Dictionary, NHS NUMBER).
/// Input may be typed as "943 476 5919", "943-476-5919" or "9434765919"; <see cref="Value"/> holds the 10 digits
/// and <see cref="ToString"/> shows them in the 3-3-4 form people recognise.
/// </summary>
/// <remarks>
/// Only the check digit is enforced, not issued ranges: the standard test data (shared/standards/nhs-number)
/// treats 0000000000 and 9999999999 as valid, and the 999 test range must work in training environments, so
/// refusing "all the same digit" numbers would disagree with it.
/// </remarks>
public readonly record struct NhsNumber
{
    public const string EnterTenDigits = "Enter an NHS number with 10 digits";
    public const string EnterAValidNumber = "Enter a valid NHS number – check it carefully";

    private NhsNumber(string value) => Value = value;

    /// <summary>The 10 digits, with no spaces.</summary>
    public string Value { get; }

    public static NhsNumber Parse(string? input, string field = "NhsNumber") =>
        TryParse(input, out var number, out var error) ? number : throw new DomainException(error, field);

    public static bool TryParse(string? input, out NhsNumber number) => TryParse(input, out number, out _);

    public static bool TryParse(string? input, out NhsNumber number, [NotNullWhen(false)] out string? error)
    {
        number = default;
        var digits = Standardise(input);
        if (digits is null)
        {
            error = EnterTenDigits;
            return false;
        }

        if (CheckValue(digits.AsSpan(0, 9)) != digits[9] - '0')
        {
            error = EnterAValidNumber;
            return false;
        }

        number = new NhsNumber(digits);
        error = null;
        return true;
    }

    /// <summary>
    /// The check value of the first 9 digits: 11 − (Σ digitᵢ × (11 − i)) mod 11, with 11 read as 0. A result of 10
    /// means no check digit can match, so no number starting with these digits was ever issued.
    /// </summary>
    public static int CheckValue(ReadOnlySpan<char> firstNine)
    {
        if (firstNine.Length != 9)
        {
            throw new ArgumentException("Give exactly 9 digits", nameof(firstNine));
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            if (!char.IsAsciiDigit(firstNine[i]))
            {
                throw new ArgumentException("Give digits only", nameof(firstNine));
            }

            sum += (firstNine[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check == 11 ? 0 : check;
    }

    public override string ToString() => Value is null ? string.Empty : $"{Value[..3]} {Value[3..6]} {Value[6..]}";

    // People copy numbers from letters and screens, so spaces and hyphens between digits are forgiven; anything
    // else (letters, a stray "l" for a "1") is not.
    private static string? Standardise(string? input)
    {
        if (input is null)
        {
            return null;
        }

        Span<char> digits = stackalloc char[10];
        var count = 0;
        foreach (var c in input.AsSpan().Trim())
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c) || count == 10)
            {
                return null;
            }

            digits[count++] = c;
        }

        return count == 10 ? new string(digits) : null;
    }
}
