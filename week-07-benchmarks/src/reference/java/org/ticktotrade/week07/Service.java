package org.ticktotrade.week07;

/** A system under test called synchronously: {@code handle} returns when the request has been served. */
@FunctionalInterface
public interface Service {

    void handle(long sequence);
}
