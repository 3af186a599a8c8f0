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
            return Decimals([.. values.Select(v => (decimal?)v)]);
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

    /// <summary>
    /// Decimals at one scale, the largest of theirs: decimal128(38, s) when every value's whole digits fit beside s
    /// decimals in 38 digits, otherwise decimal256(76, s), which holds any two decimals together (29 whole digits and
    /// 28 decimals at the most). No value is rounded.
    /// </summary>
    private static IArrowArray Decimals(List<decimal?> values)
    {
        var present = values.OfType<decimal>().ToList();
        var scale = present.Select(v => (int)v.Scale).DefaultIfEmpty(0).Max();
        var whole = present.Select(WholeDigits).DefaultIfEmpty(1).Max();
        if (whole + scale <= 38)
        {
            var narrow = new Decimal128Array.Builder(new Decimal128Type(38, scale));
            foreach (var value in values)
            {
                if (value is { } v)
                {
                    narrow.Append(v);
                }
                else
                {
                    narrow.AppendNull();
                }
            }
            return narrow.Build();
        }
        var wide = new Decimal256Array.Builder(new Decimal256Type(76, scale));
        foreach (var value in values)
        {
            if (value is { } v)
            {
                wide.Append(v);
            }
            else
            {
                wide.AppendNull();
            }
        }
        return wide.Build();
    }

    /// <summary>How many digits the whole part of a value has (1 for a value under 1).</summary>
    private static int WholeDigits(decimal value)
    {
        var whole = Math.Truncate(Math.Abs(value));
        var digits = 1;
        while (whole >= 10m)
        {
            whole = Math.Truncate(whole / 10m);
            digits++;
        }
        return digits;
    }
}
