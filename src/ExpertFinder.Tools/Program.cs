using ExpertFinder.Api.Hosting.CommandLine;
using ExpertFinder.Tools;

// The same command line as ExpertFinder.Api (it runs these verbs here): the server's verbs in-process, the tools' own.
var commandLine = new ExpertFinderCommandLine();
ServerVerbs.Bind(commandLine);
ToolVerbs.Bind(commandLine);
try
{
    return await commandLine.RunAsync(args);
}
catch (InvalidDataException e)
{
    // An invalid dataset or judgment file: every error, one per line, as file:line: message.
    Console.Error.WriteLine(e.Message);
    return 1;
}
