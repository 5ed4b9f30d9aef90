using System.Text.Json;
using Waymark.Domain.Common;

namespace Waymark.Domain.Tests.Common;

/// <summary>
/// NHS numbers checked against the test data in shared/standards/nhs-number (see its SOURCE.md). The data is read
/// at test time; each file row becomes one test case so a failure names the number at fault.
/// </summary>
public sealed class NhsNumberStandardVectors
{
    private const string Folder = "nhs-number";

    // The uk-fci vectors also refuse impossible Scottish CHI dates. Waymark checks only the modulus 11 rule of the
    // NHS Data Dictionary, so this one case is expected to differ.
    private const string ScottishChiImpossibleDate = "0113011113";

    public static TheoryData<string, bool, bool, string> CompiledVectors()
    {
        var data = new TheoryData<string, bool, bool, string>();
        var folder = SharedStandards.FolderOrNull(Folder);
        if (folder is null)
        {
            data.Add("absent", false, false, string.Empty);
            return data;
        }

        foreach (var row in SharedStandards.ReadCsv(Path.Combine(folder, "nhs_number_test_vectors.csv")).Skip(1))
        {
            data.Add(row[0], bool.Parse(row[1]), bool.Parse(row[2]), row[3]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CompiledVectors))]
    public void Each_compiled_vector_parses_only_when_the_data_says_it_is_valid(
        string input, bool validStrict, bool validAfterRemovingSpacesAndHyphens, string checkValue)
    {
        SharedStandards.Require(Folder);

        Assert.Equal(validAfterRemovingSpacesAndHyphens, NhsNumber.TryParse(input, out var number));
        if (validStrict)
        {
            Assert.Equal(input, number.Value);
        }

        var digits = input.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (checkValue.Length > 0)
        {
            Assert.Equal(int.Parse(checkValue), NhsNumber.CheckValue(digits.AsSpan(0, 9)));
        }
    }

    [Fact]
    public void The_nine_numbers_in_the_test_range_are_all_valid()
    {
        var folder = SharedStandards.Require(Folder);
        var lines = File.ReadAllLines(Path.Combine(folder, "testdata-9-valid-nhs-numbers.csv"))
            .Where(line => line.Length > 0).ToList();

        Assert.Equal(9, lines.Count);
        Assert.All(lines, line => Assert.Equal(line, NhsNumber.Parse(line).Value));
    }

    [Fact]
    public void The_language_agnostic_cases_agree_on_validity_and_standardising()
    {
        var folder = SharedStandards.Require(Folder);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "nhs_number_cases.json")));
        var root = json.RootElement;

        foreach (var item in root.GetProperty("is_valid").EnumerateArray())
        {
            var input = item.GetProperty("input").GetString()!;
            var expected = item.GetProperty("valid").GetBoolean() || input == ScottishChiImpossibleDate;
            Assert.True(expected == NhsNumber.TryParse(input, out _), $"is_valid \"{input}\" should be {expected}");
        }

        foreach (var item in root.GetProperty("standardise").EnumerateArray())
        {
            var input = item.GetProperty("input").GetString()!;
            var output = item.GetProperty("output").GetString()!;
            var parsed = NhsNumber.TryParse(input, out var number);
            // Standardising keeps any 10 digits; parsing also needs the check digit, which every such case has.
            Assert.True(parsed == (output.Length > 0), $"standardise \"{input}\"");
            Assert.Equal(output, parsed ? number.Value : string.Empty);
        }

        foreach (var item in root.GetProperty("calculate_checksum").EnumerateArray())
        {
            var identifier = item.GetProperty("identifier").GetString()!;
            var checksum = item.GetProperty("checksum");
            if (checksum.ValueKind == JsonValueKind.Null)
            {
                Assert.NotEqual(9, identifier.Length);
            }
            else
            {
                Assert.Equal(checksum.GetInt32(), NhsNumber.CheckValue(identifier));
            }
        }
    }
}
