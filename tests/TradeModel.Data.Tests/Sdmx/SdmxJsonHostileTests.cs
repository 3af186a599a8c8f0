using System.Text;
using TradeModel.Data.Sdmx;

namespace TradeModel.Data.Tests.Sdmx;

/// <summary>
/// SDMX-JSON messages that would count a value twice, lose observations or leave a guess are refused, in either error
/// mode, with an error that says where.
/// </summary>
public sealed class SdmxJsonHostileTests
{
    private const string Structure = """
        "structure":{"dimensions":{
          "series":[{"id":"REF_AREA","values":[{"id":"CN"}]},{"id":"ACCOUNTING_ENTRY","values":[{"id":"C"},{"id":"D"}]},{"id":"INT_ACC_ITEM","values":[{"id":"S"}]}],
          "observation":[{"id":"TIME_PERIOD","values":[{"id":"2023"},{"id":"2024"}]}]}}
        """;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ReadResult Read(string json, ErrorMode errors = ErrorMode.Strict) =>
        SdmxJson.ReadFrom(
            new MemoryStream(Encoding.UTF8.GetBytes(json)),
            "hostile.json",
            new SdmxReadOptions { Currency = Currency.USD, Errors = errors },
            Token
        );

    private static string Message(string series) =>
        "{\"dataSets\":[{\"series\":{" + series + "}}]," + Structure + "}";

    [Theory]
    [InlineData(ErrorMode.Strict)]
    [InlineData(ErrorMode.Collect)]
    public void An_observation_key_written_twice_in_a_series_is_refused_naming_the_series_and_key(
        ErrorMode errors
    )
    {
        var json = Message(
            """
            "0:0:0":{"observations":{"0":[5],"1":[6],"0":[7]}}
            """
        );

        var error = Assert.Throws<DataFormatException>(() => Read(json, errors));

        Assert.Equal("series 0:0:0, observation 0", error.Error.ColumnName);
        Assert.Contains(
            "series 0:0:0, observation 0",
            error.Error.Reason,
            StringComparison.Ordinal
        );
        Assert.Contains("counted twice", error.Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_series_written_twice_is_refused_even_with_other_observations()
    {
        var json = Message(
            """
            "0:0:0":{"observations":{"0":[5]}},
            "0:1:0":{"observations":{"0":[1]}},
            "0:0:0":{"observations":{"1":[6],"0":[5]}}
            """
        );

        var error = Assert.Throws<DataFormatException>(() => Read(json));

        Assert.Equal("series 0:0:0, observation 0", error.Error.ColumnName);
    }

    [Fact]
    public void Two_keys_that_name_the_same_dimension_values_are_the_same_observation()
    {
        var json = Message(
            """
            "0:0:0":{"observations":{"1":[5]}},
            "00:0:0":{"observations":{"1":[5]}}
            """
        );

        var error = Assert.Throws<DataFormatException>(() => Read(json));

        Assert.Equal("series 00:0:0, observation 1", error.Error.ColumnName);
    }

    [Fact]
    public void Data_sets_given_twice_are_refused_rather_than_the_last_winning()
    {
        var json =
            """
                {"dataSets":[{"series":{"0:0:0":{"observations":{"0":[5]}}}}],
                 "dataSets":[{"series":{"0:0:0":{"observations":{"0":[9]}}}}],
                """
            + Structure
            + "}";

        var error = Assert.Throws<DataFormatException>(() => Read(json));

        Assert.Equal("dataSets", error.Error.ColumnName);
        Assert.Contains("twice", error.Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_of_two_data_sets_is_refused_rather_than_one_left_out()
    {
        var json =
            """
                {"dataSets":[{"series":{"0:0:0":{"observations":{"0":[5]}}}},{"series":{"0:1:0":{"observations":{"0":[9]}}}}],
                """
            + Structure
            + "}";

        var error = Assert.Throws<DataFormatException>(() => Read(json));

        Assert.Equal("dataSets", error.Error.ColumnName);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("{\"dataSets\":{}}")]
    [InlineData("{\"data\":[],\"dataSets\":[]}")]
    [InlineData(
        "{\"dataSets\":[{}],\"structure\":{\"dimensions\":{\"series\":[{\"values\":[]}]}}}"
    )]
    public void A_root_or_member_of_the_wrong_kind_is_a_data_format_error(string json)
    {
        var error = Assert.Throws<DataFormatException>(() => Read(json));

        Assert.Equal("hostile.json", error.Error.Source);
    }

    [Fact]
    public void A_misspelt_observations_member_is_refused_rather_than_an_empty_series()
    {
        var json = Message(
            """
            "0:0:0":{"observatons":{"0":[5]}}
            """
        );

        var error = Assert.Throws<DataFormatException>(() => Read(json));

        Assert.Equal("series 0:0:0", error.Error.ColumnName);
        Assert.Contains("'observatons'", error.Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_that_is_not_UTF_8_is_a_data_format_error_naming_the_observation_before_it()
    {
        var before = Encoding.UTF8.GetBytes(
            """{"dataSets":[{"series":{"0:0:0":{"observations":{"0":[5]}}}}],"structure":{"dimensions":{"series":[{"id":"REF_AREA","values":[{"id":"C"""
        );
        var after = Encoding.UTF8.GetBytes(
            """N"}]},{"id":"ACCOUNTING_ENTRY","values":[{"id":"C"}]},{"id":"INT_ACC_ITEM","values":[{"id":"S"}]}],"observation":[{"id":"TIME_PERIOD","values":[{"id":"2023"}]}]}}}"""
        );
        byte[] bytes = [.. before, 0xFF, .. after];

        var error = Assert.Throws<DataFormatException>(() =>
            SdmxJson.ReadFrom(
                new MemoryStream(bytes),
                "bytes.json",
                new SdmxReadOptions { Currency = Currency.USD },
                Token
            )
        );

        Assert.Equal("bytes.json", error.Error.Source);
    }

    [Fact]
    public void UNIT_MEASURE_as_a_dataset_attribute_gives_every_observation_s_currency()
    {
        var json = """
            {"dataSets":[{"attributes":[0],"series":{"0:0:0":{"observations":{"0":[5]}}}}],
             "structure":{"dimensions":{"series":[{"id":"REF_AREA","values":[{"id":"CN"}]},{"id":"ACCOUNTING_ENTRY","values":[{"id":"C"}]},{"id":"INT_ACC_ITEM","values":[{"id":"S"}]}],
             "observation":[{"id":"TIME_PERIOD","values":[{"id":"2023"}]}]},
             "attributes":{"dataSet":[{"id":"UNIT_MEASURE","values":[{"id":"EUR"}]}]}}}
            """;

        var result = SdmxJson.ReadFrom(
            new MemoryStream(Encoding.UTF8.GetBytes(json)),
            "unit.json",
            cancellationToken: Token
        );

        Assert.Equal(new Money(5m, Currency.EUR), result.Flows.Single().Value);
    }

    [Theory]
    [InlineData("attribute")]
    [InlineData("dimension")]
    public void UNIT_MEASURE_gives_the_currency_whether_it_is_an_attribute_or_a_dimension(
        string kind
    )
    {
        var json =
            kind == "attribute"
                ? """
                    {"dataSets":[{"series":{"0:0:0":{"attributes":[0],"observations":{"0":[5]}}}}],
                     "structure":{"dimensions":{"series":[{"id":"REF_AREA","values":[{"id":"CN"}]},{"id":"ACCOUNTING_ENTRY","values":[{"id":"C"}]},{"id":"INT_ACC_ITEM","values":[{"id":"S"}]}],
                     "observation":[{"id":"TIME_PERIOD","values":[{"id":"2023"}]}]},
                     "attributes":{"series":[{"id":"UNIT_MEASURE","values":[{"id":"EUR"}]}]}}}
                    """
                : """
                    {"dataSets":[{"series":{"0:0:0:0":{"observations":{"0":[5]}}}}],
                     "structure":{"dimensions":{"series":[{"id":"REF_AREA","values":[{"id":"CN"}]},{"id":"ACCOUNTING_ENTRY","values":[{"id":"C"}]},{"id":"INT_ACC_ITEM","values":[{"id":"S"}]},{"id":"UNIT_MEASURE","values":[{"id":"EUR"}]}],
                     "observation":[{"id":"TIME_PERIOD","values":[{"id":"2023"}]}]}}}
                    """;

        var result = SdmxJson.ReadFrom(
            new MemoryStream(Encoding.UTF8.GetBytes(json)),
            "unit.json",
            cancellationToken: Token
        );

        Assert.Equal(Currency.EUR, result.Flows.Currency);
        Assert.Equal(new Money(5m, Currency.EUR), result.Flows.Single().Value);
    }

    [Fact]
    public void An_observation_attribute_of_one_observation_does_not_carry_over_to_the_next()
    {
        var json = """
            {"dataSets":[{"series":{"0:0:0":{"observations":{"0":[5,0],"1":[6]}}}}],
             "structure":{"dimensions":{
               "series":[{"id":"REF_AREA","values":[{"id":"CN"}]},{"id":"ACCOUNTING_ENTRY","values":[{"id":"C"}]},{"id":"INT_ACC_ITEM","values":[{"id":"S"}]}],
               "observation":[{"id":"TIME_PERIOD","values":[{"id":"2023"},{"id":"2024"}]}]},
              "attributes":{"observation":[{"id":"OBS_STATUS","values":[{"id":"E"}]}]}}}
            """;

        var flows = Read(json).Flows.OrderBy(f => f.Period).ToArray();

        Assert.Equal(Flows.ObservationStatus.Estimated, flows[0].Status);
        Assert.Equal(Flows.ObservationStatus.Normal, flows[1].Status);
    }
}
