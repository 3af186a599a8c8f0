using System.Globalization;
using SkiaSharp;

namespace TradeModel.Interactive.Tests.Support;

/// <summary>
/// A chart as headless Chromium laid it out and painted it: its marks (text, rects, paths, ellipses) with their boxes in
/// the image and the clip box they are drawn under, and the PNG the browser took.
/// </summary>
public sealed class RenderedChart
{
    private static readonly string[] Frame = ["black", "gray", "white", "#010101", "none"];
    private readonly SKBitmap pixels;

    internal RenderedChart(string name, Layout layout, string png)
    {
        Name = name;
        Width = layout.Width;
        Height = layout.Height;
        Marks = layout.Marks;
        Png = png;
        pixels =
            SKBitmap.Decode(png) ?? throw new InvalidOperationException($"{png} is not a PNG.");
    }

    /// <summary>The case's name (its PNG's file name).</summary>
    public string Name { get; }

    /// <summary>The image's width in pixels.</summary>
    public double Width { get; }

    /// <summary>The image's height in pixels.</summary>
    public double Height { get; }

    /// <summary>Every mark, in document order.</summary>
    public IReadOnlyList<Mark> Marks { get; }

    /// <summary>The PNG's path.</summary>
    public string Png { get; }

    /// <summary>The plot area: the clip box of the first mark drawn under one (a legend has a clip box of its own).</summary>
    public Box? PlotArea => Marks.FirstOrDefault(m => m.Clip is not null)?.Clip;

    /// <summary>Every text with something in it.</summary>
    public IEnumerable<Mark> Texts =>
        Marks.Where(m => m.Kind == "text" && m.Text is { Length: > 0 });

    /// <summary>Filled rectangles in the plot area (bars) of the given colours.</summary>
    public IReadOnlyList<Mark> Bars(params string[] fills) =>
        [
            .. Marks.Where(m =>
                m.Kind == "rect"
                && m.Clip == PlotArea
                && fills.Contains(m.Fill, StringComparer.OrdinalIgnoreCase)
            ),
        ];

    /// <summary>Lines of data in the plot area: coloured strokes, not the frame, grid or zero line.</summary>
    public IReadOnlyList<Mark> Lines =>
        [
            .. Marks.Where(m =>
                m.Kind == "path"
                && m.Clip == PlotArea
                && m.Vertices > 0
                && m.Fill == "none"
                && !Frame.Contains(m.Stroke, StringComparer.OrdinalIgnoreCase)
            ),
        ];

    /// <summary>Points (markers) in the plot area.</summary>
    public IReadOnlyList<Mark> Points =>
        [.. Marks.Where(m => m.Kind == "ellipse" && m.Clip == PlotArea)];

    /// <summary>Filled shapes drawn as paths in the plot area (sectors).</summary>
    public IReadOnlyList<Mark> Shapes =>
        [
            .. Marks.Where(m =>
                m.Kind == "path"
                && m.Clip == PlotArea
                && !Frame.Contains(m.Fill ?? "none", StringComparer.OrdinalIgnoreCase)
            ),
        ];

    /// <summary>
    /// What a reader could not read: a text cut by the image's edge or by the clip of the plot area, two texts on top of
    /// each other, a bar that the PNG does not show in its colour. Empty when the chart is readable.
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        var image = new Box(0, 0, Width, Height);
        var problems = new List<string>();
        var texts = Texts.ToList();
        foreach (var text in texts)
        {
            if (!image.Contains(text.Box))
            {
                problems.Add($"\"{text.Text}\" runs off the image: {text.Box}.");
            }
            if (text.Clip is { } clip && !clip.Contains(text.Box))
            {
                problems.Add($"\"{text.Text}\" is cut by the plot area {clip}: {text.Box}.");
            }
        }
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count; j++)
            {
                if (texts[i].Box.Overlaps(texts[j].Box))
                {
                    problems.Add(
                        $"\"{texts[i].Text}\" {texts[i].Box} overlaps \"{texts[j].Text}\" {texts[j].Box}."
                    );
                }
            }
        }
        foreach (var bar in Marks.Where(m => m.Kind == "rect" && m.Clip is not null))
        {
            if (bar.Fill is null || Frame.Contains(bar.Fill, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            var seen = bar.Box.Intersect(bar.Clip!).Intersect(image);
            if (seen.Width < 3 || seen.Height < 3)
            {
                continue;
            }
            // Lines drawn over a bar (the zero line, the grid) cover a sliver of it; one of five points across the bar
            // in its colour is enough.
            var y = (int)(seen.Y + (seen.Height / 2));
            var expected = SKColor.Parse(bar.Fill);
            var samples = Enumerable
                .Range(1, 5)
                .Select(k => pixels.GetPixel((int)(seen.X + (seen.Width * k / 6)), y))
                .ToList();
            if (!samples.Any(color => Near(color, expected)))
            {
                problems.Add(
                    $"The bar {bar.Box} should show {bar.Fill} along y = {y}; the PNG has {string.Join(", ", samples)}."
                );
            }
        }
        return problems;
    }

    /// <summary>The colour the PNG has at a pixel.</summary>
    public SKColor ColorAt(double x, double y) => pixels.GetPixel((int)x, (int)y);

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Png})";

    private static bool Near(SKColor a, SKColor b) =>
        Math.Abs(a.Red - b.Red) <= 8
        && Math.Abs(a.Green - b.Green) <= 8
        && Math.Abs(a.Blue - b.Blue) <= 8;

    /// <summary>A box in image pixels.</summary>
    public sealed record Box(double X, double Y, double Width, double Height)
    {
        // Sub-pixel differences between the renderer's and the browser's font metrics are not a cut.
        private const double Slack = 1;

        /// <summary>The right edge.</summary>
        public double Right => X + Width;

        /// <summary>The bottom edge.</summary>
        public double Bottom => Y + Height;

        /// <summary>Whether the other box lies inside this one.</summary>
        public bool Contains(Box other) =>
            other.X >= X - Slack
            && other.Y >= Y - Slack
            && other.Right <= Right + Slack
            && other.Bottom <= Bottom + Slack;

        /// <summary>Whether the two boxes share more than a pixel's sliver.</summary>
        public bool Overlaps(Box other) =>
            Math.Min(Right, other.Right) - Math.Max(X, other.X) > Slack
            && Math.Min(Bottom, other.Bottom) - Math.Max(Y, other.Y) > Slack;

        /// <summary>The part the two boxes share (empty when none).</summary>
        public Box Intersect(Box other)
        {
            var x = Math.Max(X, other.X);
            var y = Math.Max(Y, other.Y);
            return new Box(
                x,
                y,
                Math.Max(0, Math.Min(Right, other.Right) - x),
                Math.Max(0, Math.Min(Bottom, other.Bottom) - y)
            );
        }

        /// <inheritdoc/>
        public override string ToString() =>
            string.Create(
                CultureInfo.InvariantCulture,
                $"[{X:0.#}, {Y:0.#}, {Width:0.#} × {Height:0.#}]"
            );
    }

    /// <summary>A mark as laid out: its element, text, tooltip, colours, number of path vertices, box and clip box.</summary>
    public sealed record Mark(
        string Kind,
        string? Text,
        string? Title,
        string? Fill,
        string? Stroke,
        int Vertices,
        Box Box,
        Box? Clip
    );

    /// <summary>What the browser measured.</summary>
    internal sealed record Layout(double Width, double Height, IReadOnlyList<Mark> Marks);
}
