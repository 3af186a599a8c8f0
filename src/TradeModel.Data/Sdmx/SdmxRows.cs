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
    }

    /// <summary>The flows and the report.</summary>
    internal ReadResult Result() => rows.Result();

    /// <summary>Reads the current observation into a flow, or records why it cannot.</summary>
    /// <param name="currency">The field of the observation's currency, or −1 for the options' currency.</param>
    internal void Read(int currency)
    {
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
        rows.Append(
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

    /// <summary>OBS_STATUS as a status, made confidential by a CONF_STATUS of C, D or S.</summary>
    private bool TryStatus(out ObservationStatus observed)
    {
        if (!SdmxCodes.TryGetStatus(row.Field(status).Trim().ToString(), out observed))
        {
            row.Fail(
                status,
                "is not an observation status this model holds (A, E, I, F, P, M, L, O, H, C, Q)."
            );
            return false;
        }
        if (row.Field(confidentiality).Trim() is "C" or "D" or "S")
        {
            observed = ObservationStatus.Confidential;
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
