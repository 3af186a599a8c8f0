using TradeModel.Examples;

SeedWalkthrough.Write(Console.Out);
