using System.Net;

namespace TradeModel.Sources.Internal;

/// <summary>One call's answer, its body read whole (so that a body cut short fails the call, and is retried).</summary>
internal sealed record Answer(
    HttpStatusCode Status,
    byte[] Body,
    string? ContentType,
    TimeSpan? RetryAfter
)
{
    /// <summary>Whether the status says to try again: a rate limit, a server error, a gateway's timeout.</summary>
    internal bool IsTransient => IsTransientStatus(Status);

    /// <summary>
    /// The statuses worth another call, for every client: a rate limit (429), a server error or a gateway's timeout
    /// (500, 502, 503, 504), a request timeout (408).
    /// </summary>
    internal static bool IsTransientStatus(HttpStatusCode status) =>
        status
            is HttpStatusCode.TooManyRequests
                or HttpStatusCode.RequestTimeout
                or HttpStatusCode.InternalServerError
                or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable
                or HttpStatusCode.GatewayTimeout;

    /// <summary>The start of the body as text, for an error message (at most 300 characters, on one line).</summary>
    internal string Excerpt()
    {
        var text = System.Text.Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 2000));
        var title = System.Text.RegularExpressions.Regex.Match(
            text,
            "<title>(.*?)</title>",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase
                | System.Text.RegularExpressions.RegexOptions.Singleline
        );
        var shown = title.Success ? title.Groups[1].Value : text;
        shown = string.Join(' ', shown.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return shown.Length <= 300 ? shown : string.Concat(shown.AsSpan(0, 299), "…");
    }
}
