using Microsoft.DotNet.Interactive.Formatting;

namespace TradeModel.Interactive.Internal;

/// <summary>
/// A value shown in the notebook and then updated in place, through .NET Interactive's formatter events, which the
/// kernel turns into a display and updates of it under the displayed value's id.
/// </summary>
/// <remarks>
/// In the version this package builds against, <c>Display()</c> raises the event for one <see cref="DisplayedValue"/>
/// and returns another, whose updates carry an id the notebook never saw, so the display kept its first state. The
/// value the kernel was given is caught as it is raised, and updates go through it. A kernel without these members
/// (an older .NET Interactive) gets no in-place display: the caller writes lines instead.
/// </remarks>
internal static class NotebookDisplay
{
    /// <summary>Shows the value; returns how to replace it, or null where the kernel cannot.</summary>
    internal static Action<object>? Show(object value)
    {
        try
        {
            return Raise(value);
        }
        catch (Exception e) when (e is MissingMethodException or TypeLoadException)
        {
            return null;
        }
    }

    private static Action<object>? Raise(object value)
    {
        DisplayedValue? raised = null;
        using (
            Formatter.SubscribeToDisplayedValues(d =>
            {
                if (ReferenceEquals(d.Value, value))
                {
                    raised = d;
                }
            })
        )
        {
            value.Display();
        }
        return raised is null ? null : raised.Update;
    }
}
