package org.unlearn.app.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.OptionSpec;

/** picocli's refusals of a command line, said in one plain line ("give either --rows or --where, not both"). */
final class UsageErrors {
    private UsageErrors() {}

    static String line(CommandLine.ParameterException e) {
        String command = e.getCommandLine().getCommandName();
        if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
            String either = exclusiveChoice(e.getCommandLine());
            if (either != null) {
                return "give either " + either + ", not both";
            }
        }
        if (e instanceof CommandLine.MissingParameterException) {
            String either = exclusiveChoice(e.getCommandLine());
            if (either != null && e.getMessage().contains("specify one of")) {
                return "give either " + either;
            }
        }
        return plain(e.getMessage()) + " (see: unlearn " + command + " --help)";
    }

    /** "--rows or --where" for the command's group of options that exclude each other; null when it has none. */
    private static String exclusiveChoice(CommandLine cli) {
        for (ArgGroupSpec group : cli.getCommandSpec().argGroups()) {
            if (group.exclusive() && group.options().size() > 1) {
                List<String> names =
                        group.options().stream().map(OptionSpec::longestName).toList();
                return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
            }
        }
        return null;
    }

    /** picocli starts some messages with "Error: "; ours already says "error:". */
    private static String plain(String message) {
        String m = message == null ? "" : message.strip();
        return m.startsWith("Error: ") ? m.substring("Error: ".length()) : m;
    }

    /** The held-out share as the user typed it: the engine's own refusal would not name the option. */
    static void checkTestFraction(double f) {
        if (!(f >= 0 && f < 1)) {
            throw new org.unlearn.model.BadInputException(
                    "--test-fraction must be at least 0 and less than 1, not " + f);
        }
    }
}
