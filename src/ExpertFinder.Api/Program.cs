using ExpertFinder.Api;

return await Cli.RunAsync(args);
