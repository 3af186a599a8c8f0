using TradeModel.Data.Internal;
using TradeModel.Data.Rows;
using TradeModel.Flows;

namespace TradeModel.Data.Sdmx;

/// <summary>
/// An SDMX observation read into a flow, alike from an SDMX-CSV row and an SDMX-JSON observation: the area codes, the
/// accounting entry, the observation and confidentiality statuses, and a value that may be NaN, scaled by its unit
/// multiplier, and must agree with its status. The pieces every format shares come from <see cref="FlowRows"/>.
/// </summary>
internal sealed class SdmxRows
{
    private const string UnknownArea =
        "is not an area code this model knows (ISO 3166, M49, or W0/W1 for the World).";

    private readonly IRowSource row;
    private readonly FlowRows rows;
    private readonly int reporter;
    private readonly int partner;
    private readonly int direction;
    private readonly int category;
    private readonly int period;
    private readonly int value;
    private readonly int status;
    private readonly int confidentiality;
    private readonly int multiplier;
    private readonly int decimals;
    private readonly List<FlowFlag> flags = [];
    private string? statusFlag;
    private string? confidentialityFlag;

    /// <summary>The observations of a source whose fields <paramref name="column"/> finds by id.</summary>
    /// <param name="row">The source's current observation.</param>
    /// <param name="options">The dimensions, classification and currency.</param>
    /// <param name="column">A component's field by id (and whether it is required), −1 when absent.</param>
    /// <param name="capacity">The flows to make room for.</param>
    internal SdmxRows(
        IRowSource row,
        SdmxReadOptions options,
        Func<string, bool, int> column,
        int capacity
    )
    {
        this.row = row;
        rows = new FlowRows(
            row,
            options.Classification,
            options.Currency,
            capacity,
            options.Duplicates
        );
        reporter = column(options.ReporterDimension, true);
        partner = column(options.PartnerDimension, false);
        direction = column(options.DirectionDimension, true);
        category = column(options.CategoryDimension, true);
        period = column("TIME_PERIOD", true);
        value = column("OBS_VALUE", true);
        status = column("OBS_STATUS", false);
        confidentiality = column("CONF_STATUS", false);
        multiplier = column("UNIT_MULT", false);
        decimals = column("DECIMALS", false);
    }

    /// <summary>The flows, the report, and the codes kept for flows.</summary>
    internal ReadResult Result() => rows.Result(flags: flags);

    /// <summary>Reads the current observation into a flow, or records why it cannot.</summary>
    /// <param name="currency">The field of the observation's currency, or −1 for the options' currency.</param>
    internal void Read(int currency)
    {
        (statusFlag, confidentialityFlag) = (null, null);
        if (
            !rows.TryEconomy(reporter, SdmxCodes.TryGetEconomy, UnknownArea, out var from)
            || !rows.TryPartner(partner, SdmxCodes.TryGetEconomy, UnknownArea, out var to)
            || !TryDirection(out var entry)
            || !rows.TryCategory(category, out var item)
            || !rows.TryPeriod(period, out var when)
            || !rows.TryCurrency(currency, out var money)
            || !TryStatus(out var observed)
            || !TryValue(observed, out var amount)
        )
        {
            return;
        }
        if (
            !rows.Append(
                money,
                from,
                to,
                entry,
                item,
                when,
                amount,
                // Missing when there is no value, unless the value is withheld as confidential.
                amount is null
                && observed != ObservationStatus.Confidential
                    ? ObservationStatus.Missing
                    : observed,
                double.NaN,
                null,
                value
            )
        )
        {
            return;
        }
        NoteDecimals();
        if (statusFlag is { } obs)
        {
            flags.Add(
                new FlowFlag(
                    rows.Count - 1,
                    "OBS_STATUS",
                    obs,
                    SdmxCodeList.ObservationStatus.NameOf(obs.ToUpperInvariant())
                )
            );
        }
        if (confidentialityFlag is { } conf)
        {
            flags.Add(
                new FlowFlag(
                    rows.Count - 1,
                    "CONF_STATUS",
                    conf,
                    SdmxCodeList.ConfidentialityStatus.NameOf(conf.ToUpperInvariant())
                )
            );
        }
    }

    /// <summary>DECIMALS, the decimals a value is shown with: counted in the report, and a code outside CL_DECIMALS noted.</summary>
    private void NoteDecimals()
    {
        var text = row.Field(decimals).Trim();
        if (text.IsEmpty)
        {
            return;
        }
        var code = text.ToString();
        row.Report.Note(
            SdmxCodeList.Decimals.Contains(code)
                ? $"DECIMALS {code}"
                : $"DECIMALS '{code}', not a code of {SdmxCodeList.Decimals}; values read as written"
        );
    }

    /// <summary>The direction of a credit (C) or debit (D) entry, or notes that the entry is neither.</summary>
    private bool TryDirection(out TradeDirection entry)
    {
        if (SdmxCodes.TryGetDirection(row.Field(direction).Trim().ToString(), out entry))
        {
            return true;
        }
        row.Fail(direction, "is not a credit (C) or debit (D): a net balance is not a flow.");
        return false;
    }

    /// <summary>
    /// OBS_STATUS as a status, made confidential by a CONF_STATUS of C, N, D or S. A code the status does not say in
    /// full (a qualifier, I read as estimated, a code outside CL_OBS_STATUS) is kept as the flow's flag, never fatal; a
    /// code outside the SDMX lists is also noted in the report.
    /// </summary>
    private bool TryStatus(out ObservationStatus observed)
    {
        var code = row.Field(status).Trim().ToString();
        if (!SdmxCodes.TryGetStatus(code, out observed))
        {
            row.Report.Note(
                $"OBS_STATUS '{code}', not a code of {SdmxCodeList.ObservationStatus}: read as normal, kept as the flow's flag"
            );
        }
        if (
            code.Length > 0
            && !string.Equals(code, SdmxCodes.CodeOf(observed), StringComparison.OrdinalIgnoreCase)
        )
        {
            statusFlag = code;
        }
        var confidential = row.Field(confidentiality).Trim().ToString();
        switch (confidential.ToUpperInvariant())
        {
            case "" or "F":
                break;
            case "C":
                observed = ObservationStatus.Confidential;
                break;
            case "N" or "D" or "S":
                observed = ObservationStatus.Confidential;
                confidentialityFlag = confidential;
                break;
            default:
                row.Report.Note(
                    $"CONF_STATUS '{confidential}', not a code of {SdmxCodeList.ConfidentialityStatus}: kept as the flow's flag"
                );
                confidentialityFlag = confidential;
                break;
        }
        return true;
    }

    /// <summary>
    /// OBS_VALUE scaled by UNIT_MULT: null when blank or NaN; an error when the observation is marked missing yet has
    /// a value.
    /// </summary>
    private bool TryValue(ObservationStatus observed, out decimal? amount)
    {
        amount = null;
        var text = row.Field(value).Trim();
        if (text.IsEmpty || text.Equals("NaN", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (observed == ObservationStatus.Missing)
        {
            row.Fail(value, "is a value for an observation marked missing.");
            return false;
        }
        return rows.TryMultiplier(multiplier, out var power)
            && rows.TryValue(value, power, out amount);
    }
}
