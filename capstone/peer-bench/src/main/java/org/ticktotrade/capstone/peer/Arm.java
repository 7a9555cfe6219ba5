package org.ticktotrade.capstone.peer;

/** One engine behind the benchmark: replays the whole stream, one command at a time, on the calling thread. */
interface Arm {

    void replay(CommandStream stream);

    /** Orders resting in all its books: zero after every full pass (the stream cancels what is left). */
    long resting();
}
