using System.Collections.Concurrent;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace TradeModel.DuckDb;

/// <summary>
/// A statement's result taken chunk by chunk (DuckDB's vectors of up to 2,048 rows) through DuckDB's C API, streamed and,
/// for a long result, read ahead: a thread of its own asks DuckDB for the next chunks while the caller works on the
/// current one, so that DuckDB decodes and .NET loads at the same time, and memory holds a few chunks rather than the
/// result (a short result's chunks are fetched on the caller's thread). Each column is
/// read in place (<see cref="VectorColumn"/>): DuckDB.NET's data reader costs about ten nanoseconds a cell, this a
/// fraction of one.
/// </summary>
internal sealed class ChunkStream : IDisposable
{
    /// <summary>How many chunks DuckDB may have ready before the caller takes them (about 10 MB at most).</summary>
    private const int ReadAhead = 32;

    private readonly DuckDBNativeConnection connection;
    private readonly CancellationToken cancellationToken;
    private readonly string subject;
    private readonly CancellationTokenRegistration interrupt;
    private readonly DuckDBPreparedStatement statement;
    private readonly DuckDBType[] types;
    private readonly DuckDBType[] storages;
    private readonly int[] scales;
    private readonly BlockingCollection<DuckDBDataChunk> ready = new(ReadAhead);
    private readonly CancellationTokenSource stop = new();
    private DuckDBResult result;
    private DuckDBDataChunk? chunk;
    private Task? reader;
    private Exception? failure;
    private bool ended;

    /// <summary>Whether the caller's thread fetches the chunks itself (see <see cref="Open"/>).</summary>
    private readonly bool onCaller;

    private ChunkStream(
        DuckDBConnection owner,
        string sql,
        string subject,
        bool readAhead,
        CancellationToken cancellationToken
    )
    {
        onCaller = !readAhead;
        connection = owner.NativeConnection;
        this.subject = subject;
        this.cancellationToken = cancellationToken;
        cancellationToken.ThrowIfCancellationRequested();
        interrupt = cancellationToken.Register(() =>
            NativeMethods.Startup.DuckDBInterrupt(connection)
        );
        if (
            NativeMethods.PreparedStatements.DuckDBPrepare(connection, sql, out statement)
            != DuckDBState.Success
        )
        {
            var message = NativeMethods.PreparedStatements.DuckDBPrepareError(statement);
            statement.Dispose();
            interrupt.Dispose();
            throw Failure(
                message,
                message.StartsWith("IO Error", StringComparison.Ordinal)
                    ? DuckDBErrorType.Io
                    : DuckDBErrorType.Invalid
            );
        }
        if (
            NativeMethods.PreparedStatements.DuckDBExecutePreparedStreaming(statement, out result)
            != DuckDBState.Success
        )
        {
            var error = Failure(
                NativeMethods.Query.DuckDBResultError(ref result),
                NativeMethods.Query.DuckDBResultErrorType(ref result)
            );
            Dispose();
            throw error;
        }
        var count = (int)NativeMethods.Query.DuckDBColumnCount(ref result);
        types = new DuckDBType[count];
        storages = new DuckDBType[count];
        scales = new int[count];
        for (var column = 0; column < count; column++)
        {
            using var type = NativeMethods.Query.DuckDBColumnLogicalType(ref result, column);
            types[column] = NativeMethods.LogicalType.DuckDBGetTypeId(type);
            if (types[column] == DuckDBType.Decimal)
            {
                storages[column] = NativeMethods.LogicalType.DuckDBDecimalInternalType(type);
                scales[column] = NativeMethods.LogicalType.DuckDBDecimalScale(type);
            }
        }
    }

    /// <summary>How many columns each row of the result has.</summary>
    internal int Columns => types.Length;

    /// <summary>Runs a statement on a connection, its rows to be taken by <see cref="Next"/>.</summary>
    /// <param name="connection">The connection; used by nothing else until the stream is disposed.</param>
    /// <param name="sql">One statement.</param>
    /// <param name="subject">What the statement reads, as an error message names it.</param>
    /// <param name="readAhead">
    /// Whether a thread of its own fetches chunks ahead of the caller (for a long result the caller turns into flows
    /// while DuckDB decodes); false for a short result such as a grouping's, whose chunks the caller's thread fetches
    /// itself: a thread waiting for another's chunks would only take a core from DuckDB's own threads.
    /// </param>
    /// <param name="cancellationToken">Interrupts DuckDB; the next <see cref="Next"/> throws.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="IOException">DuckDB could not read a file.</exception>
    /// <exception cref="InvalidOperationException">DuckDB could not run the statement; the message is DuckDB's.</exception>
    internal static ChunkStream Open(
        DuckDBConnection connection,
        string sql,
        string subject,
        bool readAhead,
        CancellationToken cancellationToken
    ) => new(connection, sql, subject, readAhead, cancellationToken);

    /// <summary>
    /// Moves to the next chunk and fills <paramref name="columns"/> with its columns (the previous chunk's are no
    /// longer valid).
    /// </summary>
    /// <param name="columns">Room for a column each.</param>
    /// <returns>The chunk's rows; 0 at the end of the result.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="IOException">DuckDB could not read a file.</exception>
    /// <exception cref="InvalidOperationException">DuckDB failed while computing the rows; the message is DuckDB's.</exception>
    internal int Next(VectorColumn[] columns)
    {
        chunk?.Dispose();
        chunk = null;
        if (ended)
        {
            return 0;
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (onCaller)
        {
            return NextOnCaller(columns);
        }
        reader ??= Task.Factory.StartNew(
            ReadAheadOfCaller,
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default
        );
        if (!ready.TryTake(out var next, Timeout.Infinite, cancellationToken))
        {
            ended = true;
            reader.Wait(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            return failure is null ? 0 : throw failure;
        }
        return Take(next, columns);
    }

    /// <summary>The next chunk, fetched on the caller's thread.</summary>
    private int NextOnCaller(VectorColumn[] columns)
    {
        var next = NativeMethods.StreamingResult.DuckDBStreamFetchChunk(result);
        if (next.IsInvalid)
        {
            next.Dispose();
            ended = true;
            if (NativeMethods.Query.DuckDBResultError(ref result) is { } message)
            {
                throw Failure(message, NativeMethods.Query.DuckDBResultErrorType(ref result));
            }
            cancellationToken.ThrowIfCancellationRequested();
            return 0;
        }
        return Take(next, columns);
    }

    /// <summary>Makes a chunk the current one and fills the columns with its vectors (a chunk of no rows is skipped).</summary>
    private int Take(DuckDBDataChunk next, VectorColumn[] columns)
    {
        chunk = next;
        var rows = (int)NativeMethods.DataChunks.DuckDBDataChunkGetSize(next);
        if (rows == 0)
        {
            return Next(columns);
        }
        for (var column = 0; column < types.Length; column++)
        {
            columns[column] = new VectorColumn(
                NativeMethods.DataChunks.DuckDBDataChunkGetVector(next, column),
                types[column],
                storages[column],
                scales[column]
            );
        }
        return rows;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (reader is not null)
        {
            // A caller that stops early (an error in a row, a cancellation) stops the thread reading ahead, at the
            // latest once DuckDB hands it the chunk it is making; destroying the result then ends the query.
            stop.Cancel();
            reader.Wait(CancellationToken.None);
        }
        while (ready.TryTake(out var left))
        {
            left.Dispose();
        }
        chunk?.Dispose();
        chunk = null;
        NativeMethods.Query.DuckDBDestroyResult(ref result);
        statement.Dispose();
        interrupt.Dispose();
        ready.Dispose();
        stop.Dispose();
    }

    /// <summary>Takes DuckDB's chunks as it makes them, up to <see cref="ReadAhead"/> ahead of the caller.</summary>
    private void ReadAheadOfCaller()
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var next = NativeMethods.StreamingResult.DuckDBStreamFetchChunk(result);
                if (next.IsInvalid)
                {
                    next.Dispose();
                    if (NativeMethods.Query.DuckDBResultError(ref result) is { } message)
                    {
                        failure = Failure(
                            message,
                            NativeMethods.Query.DuckDBResultErrorType(ref result)
                        );
                    }
                    return;
                }
                try
                {
                    ready.Add(next, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    next.Dispose();
                    return;
                }
            }
        }
        finally
        {
            ready.CompleteAdding();
        }
    }

    private Exception Failure(string message, DuckDBErrorType type)
    {
        if (type == DuckDBErrorType.Interrupt || cancellationToken.IsCancellationRequested)
        {
            return new OperationCanceledException(
                "The read was cancelled: DuckDB was interrupted.",
                cancellationToken
            );
        }
        return type == DuckDBErrorType.Io
            ? new IOException($"DuckDB could not read {subject}: {message}")
            : new InvalidOperationException($"DuckDB could not read {subject}: {message}");
    }
}
