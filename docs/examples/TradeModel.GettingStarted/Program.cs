using TradeModel.GettingStarted;

// Writes the getting-started output, and its charts into the folder given (docs/images unless given).
var folder = args.Length > 0 ? args[0] : Path.Combine("docs", "images");
Directory.CreateDirectory(folder);
FirstSteps.Run(Console.Out, folder);
