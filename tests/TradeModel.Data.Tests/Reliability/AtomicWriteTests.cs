using System.Text;
using TradeModel.Data.Baci;
using TradeModel.Data.Comtrade;
using TradeModel.Data.Internal;
using TradeModel.Data.Parquet;
using TradeModel.Data.Sdmx;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.Data.Tests.Reliability;

/// <summary>
/// Writes never lose data: every writer that takes a path writes a temporary file beside it and moves it into place
/// when complete, so a failure, a cancellation or a killed process leaves the target as it was, never half written.
/// </summary>
public sealed class AtomicWriteTests : IDisposable
{
    private const string OldContent = "the file as it was";

    private readonly string folder = Directory
        .CreateTempSubdirectory("trademodel-atomic-")
        .FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string> Writers() =>
        ["BACI", "Comtrade", "SDMX-CSV", "SDMX-JSON", "Parquet"];

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task A_file_written_by_path_holds_what_the_stream_form_writes_and_nothing_else_is_left(
        string writer
    )
    {
        var target = Path.Combine(folder, "out");

        await WriteFile(writer, Flows(writer), target);

        Assert.Equal(
            await WriteToMemory(writer, Flows(writer)),
            await File.ReadAllBytesAsync(target, Token)
        );
        Assert.Equal([target], Directory.GetFiles(folder));
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task A_write_that_fails_leaves_the_existing_file_as_it_was(string writer)
    {
        var target = Path.Combine(folder, "out");
        await File.WriteAllTextAsync(target, OldContent, Token);

        await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            WriteFile(writer, Unwritable(writer), target)
        );

        Assert.Equal(OldContent, await File.ReadAllTextAsync(target, Token));
        Assert.Equal([target], Directory.GetFiles(folder));
    }

    [Theory]
    [InlineData("SDMX-JSON")]
    [InlineData("Parquet")]
    public async Task A_cancelled_write_leaves_the_existing_file_as_it_was(string writer)
    {
        var target = Path.Combine(folder, "out");
        await File.WriteAllTextAsync(target, OldContent, Token);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            writer == "Parquet"
                ? TradeParquet.WriteFileAsync(Flows(writer), target, cancelled.Token)
                : SdmxJson.WriteFileAsync(Flows(writer), target, cancelled.Token)
        );

        Assert.Equal(OldContent, await File.ReadAllTextAsync(target, Token));
        Assert.Equal([target], Directory.GetFiles(folder));
    }

    [Fact]
    public async Task Bytes_already_written_when_a_write_fails_never_reach_the_target()
    {
        var target = Path.Combine(folder, "out");
        await File.WriteAllTextAsync(target, OldContent, Token);

        await Assert.ThrowsAsync<IOException>(() =>
            AtomicFile.WriteAsync(
                target,
                async (stream, token) =>
                {
                    await stream.WriteAsync(Encoding.UTF8.GetBytes("half a file"), token);
                    await stream.FlushAsync(token);
                    throw new IOException("The disk is full.");
                },
                Token
            )
        );

        Assert.Equal(OldContent, await File.ReadAllTextAsync(target, Token));
        Assert.Equal([target], Directory.GetFiles(folder));
    }

    [Fact]
    public void A_text_write_that_fails_half_way_leaves_no_half_written_file()
    {
        var target = Path.Combine(folder, "new.csv");

        Assert.Throws<InvalidOperationException>(() =>
            AtomicFile.WriteText(
                target,
                text =>
                {
                    text.Write("t,i,j,k,v,q\n");
                    throw new InvalidOperationException("The process stops here.");
                }
            )
        );

        Assert.Empty(Directory.GetFiles(folder));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static TradeFlowCollection Flows(string writer) =>
        writer switch
        {
            "BACI" or "Parquet" => BaciFile
                .Read(Fixture.Path("Baci/BACI_HS22_Y2024_V202501.csv"), cancellationToken: Token)
                .Flows,
            "Comtrade" => ComtradeFile
                .Read(Fixture.Path("Comtrade/comtrade-2024.csv"), cancellationToken: Token)
                .Flows,
            _ => SdmxCsv
                .Read(Fixture.Path("Sdmx/bop-services-cn.csv"), cancellationToken: Token)
                .Flows,
        };

    /// <summary>Flows each writer refuses: for the CSV writers, after rows it has already written.</summary>
    private static TradeFlowCollection Unwritable(string writer)
    {
        var flows = Flows(writer);
        var bad = new TradeFlowCollection(flows.Classification, flows.Currency);
        bad.AddRange(flows);
        var group = Economy.DefineGroup(
            "Neighbours " + Guid.NewGuid().ToString("N"),
            [Economy.FromCode("CHN"), Economy.FromCode("MNG")]
        );
        var last = flows.Last();
        bad.Add(
            new TradeFlow(
                group,
                last.Partner,
                writer is "SDMX-CSV" or "SDMX-JSON" ? TradeDirection.ReExports : last.Direction,
                last.Category,
                last.Period,
                last.Value,
                last.Status
            )
        );
        return bad;
    }

    private static async Task WriteFile(string writer, TradeFlowCollection flows, string path)
    {
        switch (writer)
        {
            case "BACI":
                BaciFile.WriteFile(flows, path);
                break;
            case "Comtrade":
                ComtradeFile.WriteFile(flows, null, path);
                break;
            case "SDMX-CSV":
                SdmxCsv.WriteFile(flows, "TM:X(1.0)", SdmxCsvVersion.V1, path);
                break;
            case "SDMX-JSON":
                await SdmxJson.WriteFileAsync(flows, path, Token);
                break;
            default:
                await TradeParquet.WriteFileAsync(flows, path, Token);
                break;
        }
    }

    private static async Task<byte[]> WriteToMemory(string writer, TradeFlowCollection flows)
    {
        using var memory = new MemoryStream();
        if (writer is "SDMX-JSON")
        {
            await SdmxJson.WriteAsync(flows, memory, Token);
        }
        else if (writer is "Parquet")
        {
            await TradeParquet.WriteAsync(flows, memory, Token);
        }
        else
        {
            using var text = new StreamWriter(memory, new UTF8Encoding(false), leaveOpen: true);
            switch (writer)
            {
                case "BACI":
                    BaciFile.Write(flows, text);
                    break;
                case "Comtrade":
                    ComtradeFile.Write(flows, null, text);
                    break;
                default:
                    SdmxCsv.Write(flows, "TM:X(1.0)", SdmxCsvVersion.V1, text);
                    break;
            }
        }
        return memory.ToArray();
    }
}
