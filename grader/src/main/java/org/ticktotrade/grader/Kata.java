package org.ticktotrade.grader;

import org.ticktotrade.grader.cli.AsmCommand;
import org.ticktotrade.grader.cli.AuthorCommand;
import org.ticktotrade.grader.cli.BenchCommand;
import org.ticktotrade.grader.cli.RunCommand;
import org.ticktotrade.grader.cli.StressCommand;
import org.ticktotrade.grader.cli.CheckCommand;
import org.ticktotrade.grader.cli.GradeCommand;
import org.ticktotrade.grader.cli.HintCommand;
import org.ticktotrade.grader.cli.LessonCommand;
import org.ticktotrade.grader.cli.ProgressCommand;
import org.ticktotrade.grader.cli.QuizCommand;
import org.ticktotrade.grader.cli.ResetCommand;
import org.ticktotrade.grader.cli.SetupCommand;
import org.ticktotrade.grader.cli.SolutionCommand;
import org.ticktotrade.grader.cli.WatchCommand;
import org.ticktotrade.grader.learner.KataShell;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./kata} command line. */
@Command(name = "kata", mixinStandardHelpOptions = true, versionProvider = Kata.Version.class,
        description = "Tick to Trade: the course's grader and tools.",
        subcommands = {CheckCommand.class, GradeCommand.class, AsmCommand.class, BenchCommand.class, StressCommand.class, RunCommand.class, SetupCommand.class,
                AuthorCommand.class,
                // the learner's flow; also the commands of the shell that ./kata alone opens
                LessonCommand.class, QuizCommand.class, HintCommand.class, WatchCommand.class, ProgressCommand.class,
                SolutionCommand.class, ResetCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Start with: ./kata check week-01   (see README.adoc); ./kata alone opens the shell"})
public final class Kata implements Runnable {

    /** Exit code when the grader itself fails (not the code it grades). */
    public static final int GRADER_FAILED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Kata());
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("kata: the grader failed: " + ex);
            if (System.getenv("KATA_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            } else {
                cmd.getErr().println("(set KATA_DEBUG=1 for the stack trace)");
            }
            return GRADER_FAILED;
        });
        return cli;
    }

    /** No command: the learner's shell (plain line-by-line when stdin/stdout is not a terminal). */
    @Override
    public void run() {
        new KataShell(Kata::commandLine).open();
    }

    /** The version the build stamped into the grader's resources. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Package p = Kata.class.getPackage();
            String v = p == null ? null : p.getImplementationVersion();
            return new String[] {"kata " + (v == null ? "0.1.0-SNAPSHOT" : v) + " on " + Runtime.version()};
        }
    }
}
