using System.Collections;

namespace TradeModel.Analysis;

/// <summary>
/// A read-only list whose rows are made on first read from columns computed up front: a growth table of 20,000 lines
/// costs a few arrays, and a row object only when it is looked at.
/// </summary>
internal sealed class LazyRows<T>(int count, Func<int, T> make) : IReadOnlyList<T>
    where T : class
{
    private T[]? made;

    public int Count => count;

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
            made ??= new T[count];
            return made[index] ??= make(index);
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
