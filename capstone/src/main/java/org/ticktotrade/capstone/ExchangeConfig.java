package org.ticktotrade.capstone;

import java.util.List;

/**
 * What the exchange is started with: its instruments and its accounts. Both are fixed for the engine's life, so
 * every book and every risk counter is allocated once, at start, and an id is an index (no map on the hot path).
 *
 * @param instruments instrument id i is {@code instruments.get(i)}
 * @param accounts    account id a is {@code accounts.get(a)}; an account is also the trader id its orders carry
 *                    into a book, so self-trade prevention works per account
 */
public record ExchangeConfig(List<InstrumentSpec> instruments, List<AccountLimits> accounts) {

    /** The largest limit a config may set: 2^60, far from overflow when risk adds three of them. */
    public static final long MAX_LIMIT = 1L << 60;

    public ExchangeConfig {
        if (instruments == null || instruments.isEmpty()) {
            throw new IllegalArgumentException("the exchange needs at least one instrument");
        }
        if (accounts == null || accounts.isEmpty()) {
            throw new IllegalArgumentException("the exchange needs at least one account");
        }
        instruments = List.copyOf(instruments);
        accounts = List.copyOf(accounts);
    }
}
