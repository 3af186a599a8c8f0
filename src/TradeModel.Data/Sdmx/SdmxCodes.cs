using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.Data.Sdmx;

/// <summary>
/// How SDMX codes become the model's: areas (ISO 3166 codes, and W0, W1, W00, 1W for the World as the IMF, ECB and
/// OECD write it), accounting entries and observation status.
/// </summary>
public static class SdmxCodes
{
    private static readonly HashSet<string> WorldCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "W0",
        "W1",
        "W00",
        "W01",
        "1W",
        "_T",
        "WLD",
        "WORLD",
    };

    /// <summary>The economy an SDMX area code stands for.</summary>
    /// <param name="code">An ISO 3166-1 alpha-2 or alpha-3 code, an M49 code, or a World code.</param>
    /// <param name="economy">The economy, or null.</param>
    /// <returns>Whether the code stands for one.</returns>
    public static bool TryGetEconomy(
        string code,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Economy? economy
    )
    {
        ArgumentNullException.ThrowIfNull(code);
        if (WorldCodes.Contains(code.Trim()))
        {
            economy = Economy.World;
            return true;
        }
        return Economy.TryFromCode(code, out economy);
    }

    /// <summary>The direction of an accounting entry or flow code: C (credit) or X is exports, D (debit) or M imports.</summary>
    /// <param name="code">The code.</param>
    /// <param name="direction">The direction.</param>
    /// <returns>Whether the code is a direction (a net balance, N or B, is not).</returns>
    public static bool TryGetDirection(string code, out TradeDirection direction)
    {
        ArgumentNullException.ThrowIfNull(code);
        (var ok, direction) = code.Trim().ToUpperInvariant() switch
        {
            "C" or "X" or "CREDIT" => (true, TradeDirection.Exports),
            "D" or "M" or "DEBIT" => (true, TradeDirection.Imports),
            _ => (false, default),
        };
        return ok;
    }

    /// <summary>
    /// The status of an OBS_STATUS code of <see cref="SdmxCodeList.ObservationStatus"/> (case ignored): A or empty
    /// normal; E, I (imputed) and F (forecast) estimated; P provisional; M, L, O and H missing (data that cannot exist,
    /// were not collected, or fall on a holiday); C and Q confidential (Q: a value suppressed). The qualifiers of a value
    /// (B break, D definition differs, G experimental, J derogation, N not significant, S strike, U low reliability,
    /// V unvalidated) leave it normal: the readers keep them as <see cref="FlowFlag"/>s, so that no flag is lost.
    /// </summary>
    /// <param name="code">The code.</param>
    /// <param name="status">The status.</param>
    /// <returns>Whether the code is one of CL_OBS_STATUS's (or C, or empty); false for any other code.</returns>
    public static bool TryGetStatus(string code, out ObservationStatus status)
    {
        ArgumentNullException.ThrowIfNull(code);
        (var ok, status) = code.Trim().ToUpperInvariant() switch
        {
            "" or "A" => (true, ObservationStatus.Normal),
            "E" or "I" or "F" => (true, ObservationStatus.Estimated),
            "P" => (true, ObservationStatus.Provisional),
            "M" or "L" or "O" or "H" => (true, ObservationStatus.Missing),
            "C" or "Q" => (true, ObservationStatus.Confidential),
            "B" or "D" or "G" or "J" or "N" or "S" or "U" or "V" => (
                true,
                ObservationStatus.Normal
            ),
            _ => (false, ObservationStatus.Normal),
        };
        return ok;
    }

    /// <summary>The OBS_STATUS code written for a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>A, E, P, C or M.</returns>
    public static string CodeOf(ObservationStatus status) =>
        status switch
        {
            ObservationStatus.Estimated => "E",
            ObservationStatus.Provisional => "P",
            ObservationStatus.Confidential => "C",
            ObservationStatus.Missing => "M",
            _ => "A",
        };
}
