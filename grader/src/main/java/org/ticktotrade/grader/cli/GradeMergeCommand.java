package org.ticktotrade.grader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ticktotrade.grader.instructor.ShardMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./kata grade merge OUT1 OUT2 ... --out DIR}: the shards of one batch joined into one output. */
@Command(name = "merge", mixinStandardHelpOptions = true, description = {
        "Join the outputs of 'grade --shard I/N' runs into one gradebook.csv, summary.html and feedback tree,",
        "rows in the order one unsharded run gives them.",
        "Refuses shards of different weeks, grader builds, week tests, options or submissions folders, a shard",
        "given twice, overlapping submissions and unfinished shards, and names the shards that are missing.",
        "Bench verdicts of shards that ran on a loaded machine are flagged in the summary and run.json.",
        "Exit code: 0 merged, 1 refused (nothing written), 2 usage error."})
public final class GradeMergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SHARD_OUT", description = "the --out folders of the shards")
    List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "where the merged results go (new, empty, or an earlier merge's)")
    Path out;

    @Option(names = "--partial", description = "merge even when shards are missing: the result says INCOMPLETE and names them")
    boolean partial;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            ShardMerge.merge(shards, out, partial, err);
            return 0;
        } catch (ShardMerge.Refused e) {
            err.println("kata grade merge: refused: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
