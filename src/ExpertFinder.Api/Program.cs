using ExpertFinder.Api;
using ExpertFinder.Api.Hosting;

return await Cli.RunAsync(args);
