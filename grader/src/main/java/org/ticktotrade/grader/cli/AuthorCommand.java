package org.ticktotrade.grader.cli;

import picocli.CommandLine.Command;

/** Tools for the course's authors: keep starters derived from references, and prove every week works. */
@Command(name = "author", description = "Course authoring tools.",
        subcommands = {SyncStartersCommand.class, VerifyCommand.class, CourseTestCommand.class, RecordAsmCommand.class})
public final class AuthorCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
