namespace TradeModel.Data.Internal;

/// <summary>A format's reader of one record at a time, made from a source's header.</summary>
internal interface IRowReader
{
    /// <summary>Reads the current record into a flow, or records why it cannot.</summary>
    void ReadRow();

    /// <summary>The flows read and the source's report.</summary>
    ReadResult Result();
}
