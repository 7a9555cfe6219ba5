package org.ticktotrade.week05;

/** Where the {@link MarketDataSubscriber} hands each report: the flyweight is valid only during the call. */
@FunctionalInterface
public interface ReportHandler {

    void onReport(long packetSequence, ExecutionReportCodec report);
}
