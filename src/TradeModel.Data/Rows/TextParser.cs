using System.Diagnostics.CodeAnalysis;

namespace TradeModel.Data.Rows;

/// <summary>A format's reading of a code: an economy (ISO 3166, UN Comtrade, SDMX area), a period, a unit.</summary>
/// <typeparam name="T">What the code stands for.</typeparam>
/// <param name="text">The field's text, trimmed.</param>
/// <param name="value">What it stands for, when it is a code.</param>
/// <returns>Whether the text is a code.</returns>
internal delegate bool TextParser<T>(string text, [NotNullWhen(true)] out T? value)
    where T : notnull;
