namespace TradeModel.Sources.Sdmx;

/// <summary>
/// A dataflow's structure: its dimensions in key order, each with its codes, so that a key can be built before data is
/// asked for.
/// </summary>
/// <param name="Dataflow">The dataflow.</param>
/// <param name="Dimensions">The dimensions of the series key, in order (the time dimension is not one of them).</param>
public sealed record SdmxDataStructure(
    SdmxDataflow Dataflow,
    IReadOnlyList<SdmxDimension> Dimensions
)
{
    /// <summary>
    /// A series key from values per dimension, checked against the codelists: each argument is the values of the
    /// dimension in that place (several joined by <c>+</c>), null or empty for any value.
    /// </summary>
    /// <param name="values">The values of each dimension, in key order.</param>
    /// <returns>The key in SDMX 2.1 notation (<c>A.USD+JPY.EUR.SP00.A</c>).</returns>
    /// <exception cref="ArgumentException">
    /// The number of arguments is not the number of dimensions, or a value is not a code of its dimension; the message
    /// names the dimension and the value.
    /// </exception>
    public string Key(params IReadOnlyList<string>?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != Dimensions.Count)
        {
            throw new ArgumentException(
                $"{Dataflow.Flow} has {Dimensions.Count} dimensions ({string.Join(", ", Dimensions.Select(d => d.Id))}); {values.Length} were given.",
                nameof(values)
            );
        }
        for (var i = 0; i < values.Length; i++)
        {
            var dimension = Dimensions[i];
            foreach (var value in values[i] ?? [])
            {
                if (dimension.Codes is { } codes && codes.Find(value) is null)
                {
                    throw new ArgumentException(
                        $"'{value}' is not a code of {dimension.Id} ({codes.Id}).",
                        nameof(values)
                    );
                }
            }
        }
        return string.Join('.', values.Select(v => v is null ? "" : string.Join('+', v)));
    }
}
