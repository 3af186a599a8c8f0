using Apache.Arrow;
using Apache.Arrow.Types;

namespace TradeModel.Data.Export;

/// <summary>Arrow arrays of the exported columns' four types, nulls kept.</summary>
internal static class ArrowColumns
{
    /// <summary>An array of <paramref name="values"/>, of the Arrow type for <paramref name="type"/>.</summary>
    internal static IArrowArray Build(Type type, IReadOnlyList<object?> values)
    {
        if (type == typeof(decimal))
        {
            var scale = values.OfType<decimal>().Select(v => (int)v.Scale).DefaultIfEmpty(0).Max();
            var builder = new Decimal128Array.Builder(new Decimal128Type(38, scale));
            foreach (var value in values)
            {
                if (value is decimal amount)
                {
                    builder.Append(amount);
                }
                else
                {
                    builder.AppendNull();
                }
            }
            return builder.Build();
        }
        if (type == typeof(int))
        {
            var builder = new Int32Array.Builder();
            foreach (var value in values)
            {
                builder.Append((int?)value);
            }
            return builder.Build();
        }
        if (type == typeof(double))
        {
            var builder = new DoubleArray.Builder();
            foreach (var value in values)
            {
                builder.Append((double?)value);
            }
            return builder.Build();
        }
        var strings = new StringArray.Builder();
        foreach (var value in values)
        {
            if (value is string text)
            {
                strings.Append(text);
            }
            else
            {
                strings.AppendNull();
            }
        }
        return strings.Build();
    }
}
