using System.Security.Cryptography;
using System.Text;

namespace Waymark.Web.Infrastructure;

/// <summary>
/// The one inline script the NHS.UK frontend asks for (it marks the body so components style themselves before the
/// module loads). The layout renders <see cref="Source"/>; the content security policy allows exactly its hash.
/// </summary>
public static class JsEnabledScript
{
    public const string Source =
        "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');";

    public static string Sha256 { get; } = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Source)));
}
