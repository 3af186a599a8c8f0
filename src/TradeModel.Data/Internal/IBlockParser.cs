namespace TradeModel.Data.Internal;

/// <summary>What a format does with the blocks of a source that <see cref="BlockPipeline"/> runs.</summary>
/// <typeparam name="T">A block as parsed.</typeparam>
internal interface IBlockParser<T>
{
    /// <summary>Parses a block; runs on any thread, several blocks at once, so it touches no shared state.</summary>
    T Parse(LineBlock block);

    /// <summary>
    /// Takes a parsed block into the result, on the reading thread, in the source's order; false when the block
    /// cannot be read by lines alone (its parse found a quote), so it and all after it go to a sequential reader.
    /// </summary>
    bool Apply(LineBlock block, T parsed);

    /// <summary>Gives back what a parsed block holds (after it is applied, or when it is not).</summary>
    void Release(T parsed);
}
