using System.Globalization;
using System.Xml.Linq;
using TradeModel.Internal;
using TradeModel.Tests.Support;

namespace TradeModel.Tests.Currencies;

/// <summary>The built-in registry is the ISO 4217 list, checked row by row against its sources.</summary>
public sealed class CurrencyRegistryTests
{
    private static readonly string[][] CsvRows = CsvText
        .ReadRecords(
            new StringReader(File.ReadAllText(ReferenceData.PathOf("iso4217/codes-all.csv")))
        )
        .Skip(1)
        .ToArray();

    public static TheoryData<string, string, string> CurrentCsvRows()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in CsvRows.Where(r => r[2].Length > 0 && r[5].Length == 0))
        {
            data.Add(row[2], row[3], row[4]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CurrentCsvRows))]
    public void Every_current_row_of_the_source_list_is_a_currency_with_its_numeric_code_and_minor_unit(
        string code,
        string numeric,
        string minorUnit
    )
    {
        var currency = Currency.FromCode(code);

        Assert.Equal(int.Parse(numeric, CultureInfo.InvariantCulture), currency.NumericCode);
        Assert.Equal(
            minorUnit == "-" ? null : int.Parse(minorUnit, CultureInfo.InvariantCulture),
            currency.MinorUnit
        );
        Assert.False(currency.IsHistoric);
        Assert.Equal(currency, Currency.FromNumericCode(currency.NumericCode!.Value));
    }

    [Fact]
    public void The_registry_holds_every_alphabetic_code_of_the_source_list_and_nothing_else()
    {
        var codes = CsvRows.Select(r => r[2]).Where(c => c.Length > 0).ToHashSet();
        var registered = Currency.All.Where(c => !c.IsCustom).Select(c => c.Code).ToHashSet();

        Assert.Equal(codes.Order(), registered.Order());
        Assert.Equal(codes.Count, CurrencyRegistry.IsoCount);
    }

    [Fact]
    public void Every_currency_of_the_official_table_A1_is_known_with_the_same_numeric_code_and_minor_unit()
    {
        var table = XDocument.Load(ReferenceData.PathOf("iso4217/table_a1.xml"));
        var entries = table
            .Descendants("CcyNtry")
            .Where(e => e.Element("Ccy") is not null)
            .ToList();

        Assert.True(entries.Count > 250);
        foreach (var entry in entries)
        {
            var code = entry.Element("Ccy")!.Value;
            var currency = Currency.FromCode(code);
            var minor = entry.Element("CcyMnrUnts")!.Value;
            Assert.Equal(
                int.Parse(entry.Element("CcyNbr")!.Value, CultureInfo.InvariantCulture),
                currency.NumericCode
            );
            if (!currency.IsHistoric)
            {
                // Table A.1 (2024-06-25) predates ANG and BGN being withdrawn; historic rows state no minor unit.
                Assert.Equal(
                    minor == "N.A." ? null : int.Parse(minor, CultureInfo.InvariantCulture),
                    currency.MinorUnit
                );
            }
        }
    }

    [Fact]
    public void The_fund_flag_matches_the_IsFund_attribute_of_the_official_table()
    {
        var table = XDocument.Load(ReferenceData.PathOf("iso4217/table_a1.xml"));
        var funds = table
            .Descendants("CcyNtry")
            .Where(e => (string?)e.Element("CcyNm")!.Attribute("IsFund") == "true")
            .Select(e => e.Element("Ccy")!.Value)
            .ToHashSet();

        Assert.Equal(funds.Order(), Currency.All.Where(c => c.IsFund).Select(c => c.Code).Order());
    }

    [Fact]
    public void A_currency_lists_every_entity_that_uses_it()
    {
        var euro = Currency.EUR;

        Assert.Contains("GERMANY", euro.Entities);
        Assert.Contains("FRANCE", euro.Entities);
        Assert.Equal("Euro", euro.EnglishName);
        Assert.Contains("CHINA", Currency.CNY.Entities);
    }

    [Fact]
    public void Minor_units_range_from_zero_to_four_and_are_not_applicable_for_gold_and_special_drawing_rights()
    {
        Assert.Equal(0, Currency.JPY.MinorUnit);
        Assert.Equal(2, Currency.CNY.MinorUnit);
        Assert.Equal(3, Currency.FromCode("BHD").MinorUnit);
        Assert.Equal(4, Currency.FromCode("CLF").MinorUnit);
        Assert.Null(Currency.FromCode("XAU").MinorUnit);
        Assert.Null(Currency.FromCode("XDR").MinorUnit);
        Assert.Null(Currency.None.MinorUnit);
    }
}
