package org.ticktotrade.capstone;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ticktotrade.week05.Wire;

/**
 * What came back during a load run, as plain counters: every report by its type, trades, and the rejects that are
 * refusals. A cancel answered UNKNOWN_ORDER is an answer (its order had filled); any other reject means the system
 * refused load it should have taken (a rate limit, a full book, a risk limit), so the run's figures would be of a
 * different system, and the run says so. One writer per instance; merged after the threads have stopped.
 */
final class AnswerCounts {

    final long[] byExecType = new long[8];
    final long[] rejectsByCode = new long[64];

    void count(int execType, int reason) {
        byExecType[execType & 7]++;
        if (execType == Wire.EXEC_REJECTED) {
            rejectsByCode[reason & 63]++;
        }
    }

    void add(AnswerCounts other) {
        for (int i = 0; i < byExecType.length; i++) {
            byExecType[i] += other.byExecType[i];
        }
        for (int i = 0; i < rejectsByCode.length; i++) {
            rejectsByCode[i] += other.rejectsByCode[i];
        }
    }

    long trades() {
        return byExecType[Wire.EXEC_TRADE] / 2; // one report per party
    }

    /** Rejects other than UNKNOWN_ORDER. */
    long refused() {
        long n = 0;
        for (int code = 0; code < rejectsByCode.length; code++) {
            if (code != Reject.UNKNOWN_ORDER.code()) {
                n += rejectsByCode[code];
            }
        }
        return n;
    }

    Map<String, Long> asMap() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("rested", byExecType[Wire.EXEC_RESTED]);
        m.put("tradeReports", byExecType[Wire.EXEC_TRADE]);
        m.put("cancelled", byExecType[Wire.EXEC_CANCELLED]);
        m.put("rejected", byExecType[Wire.EXEC_REJECTED]);
        for (int code = 1; code < rejectsByCode.length; code++) {
            if (rejectsByCode[code] > 0) {
                m.put("rejected." + Reject.nameOf(code), rejectsByCode[code]);
            }
        }
        return m;
    }
}
