using ExpertFinder.Api.Hosting.CommandLine;

var commandLine = new ExpertFinderCommandLine();
ServerVerbs.Bind(commandLine);
ToolForwarding.Bind(commandLine, args);
return await commandLine.RunAsync(args);
