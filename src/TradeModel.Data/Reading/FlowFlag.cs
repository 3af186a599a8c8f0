namespace TradeModel.Data;

/// <summary>
/// A code a source gave a flow that its <c>ObservationStatus</c> does not say in full, kept as written: an SDMX
/// qualifier (OBS_STATUS B, a break in the series), a status the model folds into another (I, imputed, read as
/// estimated), a confidentiality code, or a code outside the SDMX lists.
/// </summary>
/// <param name="Flow">The flow's place in <see cref="ReadResult.Flows"/>, from 0.</param>
/// <param name="Attribute">The attribute that carried it (OBS_STATUS, CONF_STATUS).</param>
/// <param name="Code">The code, as written.</param>
/// <param name="Meaning">Its name in the SDMX code list, or null for a code the list does not hold.</param>
public sealed record FlowFlag(int Flow, string Attribute, string Code, string? Meaning);
