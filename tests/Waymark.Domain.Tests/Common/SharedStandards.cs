namespace Waymark.Domain.Tests.Common;

/// <summary>
/// Finds the standards test data kept beside the repository (../shared/standards). Locally the tests skip when it is
/// absent; on CI (CI=true) they fail, so a missing folder can never pass silently. Kept here rather than in
/// Waymark.Testing because the domain tests need nothing else from it.
/// </summary>
public static class SharedStandards
{
    public static string? FolderOrNull(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Waymark.slnx")))
            {
                var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "standards", name));
                return System.IO.Directory.Exists(folder) ? folder : null;
            }
        }

        return null;
    }

    public static string Require(string name)
    {
        var folder = FolderOrNull(name);
        if (folder is not null)
        {
            return folder;
        }

        var message = $"shared/standards/{name} is not present; these tests need ../shared/standards";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return string.Empty;
    }

    /// <summary>Reads a small CSV file: quoted fields may hold commas and doubled quotes; nothing is trimmed.</summary>
    public static IReadOnlyList<string[]> ReadCsv(string path)
    {
        var rows = new List<string[]>();
        foreach (var line in File.ReadAllLines(path))
        {
            var fields = new List<string>();
            var field = new System.Text.StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == ',' && !quoted)
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            fields.Add(field.ToString());
            rows.Add([.. fields]);
        }

        return rows;
    }
}
