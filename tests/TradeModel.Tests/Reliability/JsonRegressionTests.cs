using System.Buffers;
using System.Text;
using System.Text.Json;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.Tests.Reliability;

/// <summary>JSON that used to be rejected although valid, or read into a silently wrong value.</summary>
public sealed class JsonRegressionTests
{
    private static readonly JsonSerializerOptions Strict = new()
    {
        AllowDuplicateProperties = false,
    };
    private static readonly JsonSerializerOptions SmallBuffers = new() { DefaultBufferSize = 16 };

    [Fact]
    public void An_escaped_currency_code_reads_like_the_plain_one()
    {
        var money = JsonSerializer.Deserialize<Money>(
            """{"amount":"1.5","currency":"\u0055\u0053\u0044"}"""
        );

        Assert.Equal(new Money(1.5m, Currency.USD), money);
        Assert.Equal(Currency.CNY, JsonSerializer.Deserialize<Currency>("\"\\u0043NY\""));
        Assert.Equal(
            ReferencePeriod.ForQuarter(2024, 3),
            JsonSerializer.Deserialize<ReferencePeriod>("\"2024-\\u00513\"")
        );
        Assert.Equal(Economy.FromCode("CHN"), JsonSerializer.Deserialize<Economy>("\"\\u0043HN\""));
    }

    [Fact]
    public void Tokens_split_across_buffer_segments_read_like_whole_ones()
    {
        var json =
            """{"reporter":"CHN","partner":"WLD","direction":"Exports","category":{"classification":"EBOPS 2010","code":"SD"},"period":"2024-Q3","value":{"amount":"2051.15","currency":"CNY"},"status":"Normal"}""";
        var reader = new Utf8JsonReader(OneByteSegments(Encoding.UTF8.GetBytes(json)));

        var flow = JsonSerializer.Deserialize<TradeFlow>(ref reader);

        Assert.NotNull(flow);
        Assert.Equal(ReferencePeriod.ForQuarter(2024, 3), flow.Period);
        Assert.Equal(new Money(2051.15m, Currency.CNY), flow.Value);
        Assert.Equal(Economy.FromCode("CHN"), flow.Reporter);
    }

    [Fact]
    public async Task A_long_stream_of_amounts_reads_whole_through_small_buffers()
    {
        var amounts = Enumerable
            .Range(1, 5_000)
            .Select(i => new Money(i * 1.01m, Currency.CNY))
            .ToArray();
        var bytes = JsonSerializer.SerializeToUtf8Bytes(amounts);
        using var stream = new MemoryStream(bytes);

        var read = await JsonSerializer.DeserializeAsync<Money[]>(
            stream,
            SmallBuffers,
            TestContext.Current.CancellationToken
        );

        Assert.Equal(amounts, read);
    }

    [Theory]
    [InlineData("""{"amount":"1e-29","currency":"USD"}""")]
    [InlineData("""{"amount":1e-29,"currency":"USD"}""")]
    [InlineData("""{"amount":"0.000000000000000000000000000001","currency":"USD"}""")]
    [InlineData("""{"amount":1e29,"currency":"USD"}""")]
    [InlineData("""{"amount":"1,5","currency":"USD"}""")]
    public void An_amount_decimal_cannot_hold_exactly_is_refused_not_rounded(string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>(json));

        Assert.Contains("\"amount\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"amount":1.5e3,"currency":"USD"}""", 1500)]
    [InlineData("""{"amount":"25E-2","currency":"USD"}""", 0.25)]
    [InlineData("""{"amount":-0.5,"currency":"USD"}""", -0.5)]
    public void Exact_amounts_in_exponent_notation_are_read(string json, double expected)
    {
        Assert.Equal(
            new Money((decimal)expected, Currency.USD),
            JsonSerializer.Deserialize<Money>(json)
        );
    }

    [Theory]
    [InlineData("""{"amount":"1","amount":"2","currency":"USD"}""", typeof(Money))]
    [InlineData("""{"classification":"HS 2022","code":"01","code":"02"}""", typeof(Category))]
    [InlineData(
        """{"reporter":"CHN","reporter":"USA","partner":"WLD","direction":"Exports","category":{"classification":"EBOPS 2010","code":"SD"},"period":"2024","value":null,"status":"Missing"}""",
        typeof(TradeFlow)
    )]
    public void Duplicate_properties_are_refused_when_the_options_say_so(string json, Type type)
    {
        var error = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize(json, type, Strict)
        );

        Assert.Contains("twice", error.Message, StringComparison.Ordinal);
        Assert.NotNull(JsonSerializer.Deserialize(json, type));
    }

    [Fact]
    public void A_quantity_beyond_double_is_a_json_error()
    {
        const string Json =
            """{"reporter":"CHN","partner":"JPN","direction":"Imports","category":{"classification":"HS 2022","code":"010121"},"period":"2024","value":{"amount":"1","currency":"USD"},"quantity":{"value":1e400,"unit":"MassUnit.Tonne"}}""";

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TradeFlow>(Json));

        Assert.Contains("1e400", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"1\"")]
    [InlineData("\"Exports, Imports\"")]
    public void An_enum_is_read_from_its_name_only(string json)
    {
        var error = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<TradeDirection>(json)
        );

        Assert.Contains("Exports", error.Message, StringComparison.Ordinal);
    }

    private static ReadOnlySequence<byte> OneByteSegments(byte[] bytes)
    {
        var first = new Segment(bytes.AsMemory(0, 1), 0);
        var last = first;
        for (var i = 1; i < bytes.Length; i++)
        {
            last = last.Append(bytes.AsMemory(i, 1));
        }
        return new ReadOnlySequence<byte>(first, 0, last, 1);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        internal Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        internal Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
