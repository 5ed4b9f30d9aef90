using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Waymark.Testing;

namespace Waymark.BrowserTests;

/// <summary>
/// axe-core accessibility checks (WCAG 2.2 AA and best practice). Every page must have no serious or critical
/// violations (docs/ux.md); lesser ones are written to the test output. axe-core comes from npm (scripts/assets).
/// </summary>
public static class Axe
{
    private const string Run = """
        async () => {
          // The NHS.UK frontend's conditional reveal sets aria-expanded on radios (nhsuk-frontend 10, common
          // toggleConditionalInput), which ARIA does not list for role radio. It is the design system's own
          // behaviour, so that one attribute on radios is allowed; everything else is checked as usual.
          axe.configure({ checks: [{ id: 'aria-allowed-attr', options: { radio: ['aria-expanded'] } }] });
          const results = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          });
          return results.violations.map(v => ({
            id: v.id,
            impact: v.impact ?? 'unknown',
            help: v.help,
            helpUrl: v.helpUrl,
            count: v.nodes.length,
            targets: v.nodes.slice(0, 3).map(n => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' ')),
          }));
        }
        """;

    private static readonly Lazy<string> Script = new(() =>
    {
        var file = Path.Combine(TestEnvironment.RepositoryRoot, "tests", "Waymark.BrowserTests", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(file)
            ? File.ReadAllText(file)
            : throw new FileNotFoundException($"axe-core is missing ({file}); run scripts/assets", file);
    });

    /// <summary>Fails the test, listing each serious or critical violation, if axe finds any on the page as it is now.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script.Value });
        }

        var violations = (await page.EvaluateAsync<JsonElement>(Run)).Deserialize<Violation[]>(JsonSerializerOptions.Web) ?? [];
        var serious = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        foreach (var minor in violations.Except(serious))
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"axe ({minor.Impact}) on {page.Url}: {Describe(minor)}");
        }

        if (serious.Count > 0)
        {
            var message = new StringBuilder($"axe found {serious.Count} serious or critical accessibility problem(s) on {page.Url}:");
            foreach (var violation in serious)
            {
                message.AppendLine().Append(" - ").Append(Describe(violation));
            }

            Assert.Fail(message.ToString());
        }
    }

    private static string Describe(Violation v) =>
        $"{v.Id} [{v.Impact}] {v.Help} ({v.Count} element(s), e.g. {string.Join(" | ", v.Targets)}) {v.HelpUrl}";

    private sealed record Violation(string Id, string Impact, string Help, string HelpUrl, int Count, string[] Targets);
}
