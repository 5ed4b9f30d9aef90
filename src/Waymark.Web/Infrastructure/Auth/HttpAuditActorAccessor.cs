using Waymark.Data.Interceptors;
using Waymark.Domain.Audit;

namespace Waymark.Web.Infrastructure.Auth;

/// <summary>The actor of a web request: the signed-in user or the API client; the system outside a request.</summary>
public sealed class HttpAuditActorAccessor(IHttpContextAccessor http) : IAuditActorAccessor
{
    public AuditActor Current
    {
        get
        {
            var user = http.HttpContext?.User;
            if (user?.ApiClientIdOf() is { } clientId)
            {
                return AuditActor.ApiClient(clientId);
            }

            return user?.UserId() is { } userId ? AuditActor.User(userId) : AuditActor.System("web");
        }
    }
}
