using System.Globalization;
using TradeModel.Internal;

namespace TradeModel;

/// <summary>
/// Writes a <see cref="ReferencePeriod"/> in SDMX notation, <c>"2024-Q3"</c>, and reads it back, also as a
/// dictionary key. Applied to <see cref="ReferencePeriod"/> by its attribute; <c>default(ReferencePeriod)</c> (the
/// year 1) round-trips.
/// </summary>
internal sealed class ReferencePeriodJsonConverter : StringValueJsonConverter<ReferencePeriod>
{
    protected override string Noun => "A reference period";

    protected override string Example => "2024-Q3";

    protected override bool TryParse(ReadOnlySpan<char> text, out ReferencePeriod value) =>
        ReferencePeriod.TryParse(text, CultureInfo.InvariantCulture, out value);

    protected override string Invalid(ReadOnlySpan<char> text) =>
        Errors.Format(
            $"\"{text.ToString()}\" is not a reference period in SDMX notation (2024, 2024-Q3, 2024-M10, 2024-03-05, 2024-01-01/P10M)."
        );

    protected override string Format(ReferencePeriod value) =>
        value.ToString(null, CultureInfo.InvariantCulture);
}
