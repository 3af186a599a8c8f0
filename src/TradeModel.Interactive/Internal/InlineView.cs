namespace TradeModel.Interactive.Internal;

/// <summary>A value shown in one line: the text shown, and its exact form when that differs (a tooltip in HTML).</summary>
internal sealed record InlineView(string Shown, string? Exact = null)
{
    /// <summary>The plain-text form: what is shown, then the exact form in parentheses when it differs.</summary>
    internal string Text => Exact is null || Exact == Shown ? Shown : $"{Shown} ({Exact})";
}
