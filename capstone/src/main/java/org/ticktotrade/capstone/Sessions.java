package org.ticktotrade.capstone;

import java.nio.channels.SocketChannel;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Which TCP session speaks for each account: the one shared table between the gateway thread (which binds an
 * account to the connection that first sends for it, and unbinds it when the connection closes) and the engine
 * thread (which looks up where a report goes, the maker's as well as the taker's).
 *
 * <p>An {@link AtomicReferenceArray}: the gateway's set is a release, the engine's get an acquire, so the engine
 * sees a connected channel whole. A report for an account with no session is not sent on TCP (it is in the
 * journal; a reconnecting client would ask for it in a later slice).
 */
final class Sessions {

    private final AtomicReferenceArray<SocketChannel> byAccount;

    Sessions(int accounts) {
        byAccount = new AtomicReferenceArray<>(accounts);
    }

    /** Binds {@code account} to {@code channel} unless another connection holds it. Gateway thread. */
    boolean bind(int account, SocketChannel channel) {
        final SocketChannel holder = byAccount.get(account);
        if (holder != null && holder != channel && !holder.isOpen()) {
            // Closed by the engine thread (a client that stopped reading): the gateway never saw it close, so the
            // binding is freed here, for the client's next connection.
            byAccount.compareAndSet(account, holder, null);
        }
        return byAccount.compareAndSet(account, null, channel) || byAccount.get(account) == channel;
    }

    /** Frees the account, if this channel still holds it. Gateway thread, on close. */
    void unbind(int account, SocketChannel channel) {
        byAccount.compareAndSet(account, channel, null);
    }

    /** The account's connection, or null. Engine thread. */
    SocketChannel of(long account) {
        return byAccount.get((int) account);
    }
}
