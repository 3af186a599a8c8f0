namespace TradeModel.Statements;

/// <summary>A statement as a sentence, with every number it prints and how each was rounded.</summary>
public sealed class RenderedStatement
{
    internal RenderedStatement(
        ReleaseStatement statement,
        string text,
        IReadOnlyList<ShownFigure> figures
    )
    {
        Statement = statement;
        Text = text;
        Figures = figures;
    }

    /// <summary>The statement.</summary>
    public ReleaseStatement Statement { get; }

    /// <summary>The sentence.</summary>
    public string Text { get; }

    /// <summary>Its numbers, in the order the sentence states them, with the figures only the proof shows.</summary>
    public IReadOnlyList<ShownFigure> Figures { get; }

    /// <summary>The sentence.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
