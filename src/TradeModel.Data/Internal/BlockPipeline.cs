namespace TradeModel.Data.Internal;

/// <summary>
/// Reads a source's blocks of lines on the calling thread, parses up to a few of them ahead on the thread pool, and
/// applies each on the calling thread in the source's order, so that the result is the one a sequential read gives.
/// </summary>
internal static class BlockPipeline
{
    /// <summary>Runs the blocks of <paramref name="blocks"/> through <paramref name="parser"/>.</summary>
    /// <param name="blocks">The source's blocks, its header read.</param>
    /// <param name="parser">What the format does with a block.</param>
    /// <param name="threads">How many blocks are parsed at once at most; with 1, each is parsed on the calling thread.</param>
    /// <param name="synchronous">Whether to wait on the calling thread (the task has then completed).</param>
    /// <param name="cancellation">Cancels the read.</param>
    /// <returns>
    /// The blocks not applied, from the first that <see cref="IBlockParser{T}.Apply"/> turned down; empty when all
    /// were applied. Their bytes are still theirs.
    /// </returns>
    internal static async Task<IReadOnlyList<LineBlock>> RunAsync<T>(
        LineBlocks blocks,
        IBlockParser<T> parser,
        int threads,
        bool synchronous,
        CancellationToken cancellation
    )
    {
        var pending = new Queue<(LineBlock Block, Task<T> Parsing)>();
        var done = false;
        LineBlock? current = null;
        try
        {
            while (true)
            {
                while (!done && pending.Count < threads)
                {
                    var next = await blocks.NextAsync().ConfigureAwait(false);
                    if (next is null)
                    {
                        done = true;
                        break;
                    }
                    pending.Enqueue((next, Task.Run(() => parser.Parse(next), cancellation)));
                }
                if (pending.Count == 0)
                {
                    return [];
                }
                var (block, task) = pending.Peek();
                var parsed = synchronous
                    ? task.GetAwaiter().GetResult()
                    : await task.ConfigureAwait(false);
                pending.Dequeue();
                current = block;
                bool applied;
                try
                {
                    applied = parser.Apply(block, parsed);
                }
                finally
                {
                    parser.Release(parsed);
                }
                if (!applied)
                {
                    current = null;
                    List<LineBlock> unread = [block];
                    while (pending.TryDequeue(out var later))
                    {
                        await Settle(later.Parsing, parser, synchronous).ConfigureAwait(false);
                        unread.Add(later.Block);
                    }
                    return unread;
                }
                block.Return();
                current = null;
            }
        }
        catch
        {
            current?.Return();
            // A bad row in strict mode, a cancellation or a failed read: the blocks in flight finish before their
            // buffers go back, so no thread is left reading them.
            while (pending.TryDequeue(out var later))
            {
                await Settle(later.Parsing, parser, synchronous).ConfigureAwait(false);
                later.Block.Return();
            }
            throw;
        }
    }

    /// <summary>Waits for a parse whose result is not wanted, and gives back what it holds.</summary>
    private static async Task Settle<T>(Task<T> task, IBlockParser<T> parser, bool synchronous)
    {
        try
        {
            var parsed = synchronous
                ? task.GetAwaiter().GetResult()
                : await task.ConfigureAwait(false);
            parser.Release(parsed);
        }
        catch (Exception) when (task.IsCompleted)
        {
            // Its failure is not the read's: the read failed or stopped before this block.
        }
    }
}
