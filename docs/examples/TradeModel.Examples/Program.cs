using TradeModel.Examples;

SeedWalkthrough.Write(Console.Out);
Console.WriteLine();
SeedReleaseFromData.Write(Console.Out);
