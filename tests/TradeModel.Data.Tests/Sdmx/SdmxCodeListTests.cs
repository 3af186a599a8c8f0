using TradeModel.Data.Sdmx;
using TradeModel.Flows;

namespace TradeModel.Data.Tests.Sdmx;

/// <summary>
/// The SDMX cross-domain code lists are read in full: every standard OBS_STATUS, CONF_STATUS, UNIT_MULT and DECIMALS
/// code reads, the codes a status does not say in full are kept as flags, and a code outside the lists is kept as text
/// and noted, never fatal.
/// </summary>
public sealed class SdmxCodeListTests
{
    private const string Header =
        "DATAFLOW,REF_AREA,COUNTERPART_AREA,ACCOUNTING_ENTRY,INT_ACC_ITEM,TIME_PERIOD,OBS_VALUE,CURRENCY,OBS_STATUS,CONF_STATUS,UNIT_MULT,DECIMALS\n";

    private static ReadResult Read(string rows) =>
        SdmxCsv.ReadFrom(
            Fixture.Text(Header + rows),
            "codes.csv",
            cancellationToken: TestContext.Current.CancellationToken
        );

    public static TheoryData<string> ObservationStatuses =>
        new(SdmxCodeList.ObservationStatus.Codes.Keys);

    [Theory]
    [MemberData(nameof(ObservationStatuses))]
    public void Every_standard_observation_status_reads_in_strict_mode(string code)
    {
        // A missing or suppressed value has no number; every other status has one.
        SdmxCodes.TryGetStatus(code, out var status);
        var value = status is ObservationStatus.Missing or ObservationStatus.Confidential
            ? ""
            : "5";

        var result = Read($"TM:X,CN,W1,C,S,2024,{value},CNY,{code},,,\n");

        var flow = Assert.Single(result.Flows);
        Assert.Equal(status, flow.Status);
        var kept = code == SdmxCodes.CodeOf(status) ? null : Assert.Single(result.Flags);
        Assert.Equal(
            kept is null
                ? null
                : new FlowFlag(0, "OBS_STATUS", code, SdmxCodeList.ObservationStatus.NameOf(code)),
            kept
        );
    }

    [Fact]
    public void The_built_in_lists_hold_the_registry_s_codes_and_names()
    {
        Assert.Equal("CL_OBS_STATUS 2.0", SdmxCodeList.ObservationStatus.ToString());
        Assert.Equal(18, SdmxCodeList.ObservationStatus.Codes.Count);
        Assert.Equal("Time series break", SdmxCodeList.ObservationStatus.NameOf("B"));
        Assert.Equal(["F", "N", "C", "D", "S"], SdmxCodeList.ConfidentialityStatus.Codes.Keys);
        Assert.Equal(
            ["0", "1", "2", "3", "4", "6", "9", "12", "15"],
            SdmxCodeList.UnitMultiplier.Codes.Keys
        );
        Assert.Equal(16, SdmxCodeList.Decimals.Codes.Count);
        Assert.Null(SdmxCodeList.ObservationStatus.NameOf("K"));
    }

    [Fact]
    public void An_observation_status_outside_the_list_is_kept_as_text_and_noted_not_fatal()
    {
        var result = Read("TM:X,CN,W1,C,S,2024,5,CNY,K,,,\n");

        Assert.Equal(ObservationStatus.Normal, Assert.Single(result.Flows).Status);
        Assert.Equal(new FlowFlag(0, "OBS_STATUS", "K", null), Assert.Single(result.Flags));
        Assert.Contains(
            result.Report.Notes.Keys,
            n =>
                n.StartsWith(
                    "OBS_STATUS 'K', not a code of CL_OBS_STATUS 2.0",
                    StringComparison.Ordinal
                )
        );
    }

    [Theory]
    [InlineData("N")]
    [InlineData("D")]
    [InlineData("S")]
    public void A_value_not_for_publication_is_confidential_and_keeps_its_code(string code)
    {
        var result = Read($"TM:X,CN,W1,C,S,2024,5,CNY,A,{code},,\n");

        Assert.Equal(ObservationStatus.Confidential, Assert.Single(result.Flows).Status);
        Assert.Equal(
            new FlowFlag(0, "CONF_STATUS", code, SdmxCodeList.ConfidentialityStatus.NameOf(code)),
            Assert.Single(result.Flags)
        );
    }

    [Fact]
    public void Free_and_plainly_confidential_values_need_no_flag()
    {
        var result = Read("TM:X,CN,W1,C,S,2023,5,CNY,A,F,,\nTM:X,CN,W1,C,S,2024,5,CNY,A,C,,\n");

        Assert.Equal(
            [ObservationStatus.Normal, ObservationStatus.Confidential],
            result.Flows.Select(f => f.Status)
        );
        Assert.Empty(result.Flags);
    }

    [Fact]
    public void A_confidentiality_code_outside_the_list_is_kept_as_text_and_noted()
    {
        var result = Read("TM:X,CN,W1,C,S,2024,5,CNY,A,Z,,\n");

        Assert.Equal(ObservationStatus.Normal, Assert.Single(result.Flows).Status);
        Assert.Equal(new FlowFlag(0, "CONF_STATUS", "Z", null), Assert.Single(result.Flags));
        Assert.Contains(
            result.Report.Notes.Keys,
            n => n.StartsWith("CONF_STATUS 'Z'", StringComparison.Ordinal)
        );
    }

    public static TheoryData<string> UnitMultipliers => new(SdmxCodeList.UnitMultiplier.Codes.Keys);

    [Theory]
    [MemberData(nameof(UnitMultipliers))]
    public void Every_standard_unit_multiplier_scales_the_value_exactly(string code)
    {
        var result = Read($"TM:X,CN,W1,C,S,2024,1.5,CNY,A,,{code},\n");

        var power = int.Parse(code, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            1.5m * (decimal)Math.Pow(10, power),
            Assert.Single(result.Flows).Value!.Value.Amount
        );
    }

    [Fact]
    public void Decimals_are_counted_and_a_code_outside_the_list_is_noted_not_fatal()
    {
        var result = Read("TM:X,CN,W1,C,S,2023,5.1,CNY,A,,,1\nTM:X,CN,W1,C,S,2024,5,CNY,A,,,99\n");

        Assert.Equal(2, result.Flows.Count);
        Assert.Equal(1, result.Report.Notes["DECIMALS 1"]);
        Assert.Contains(
            result.Report.Notes.Keys,
            n => n.StartsWith("DECIMALS '99'", StringComparison.Ordinal)
        );
    }
}
