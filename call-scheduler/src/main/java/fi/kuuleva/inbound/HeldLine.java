package fi.kuuleva.inbound;

/** A line of Asterisk server {@code server} held by an inbound call; closing gives it back (twice does nothing). */
record HeldLine(String server, Runnable giveBack) implements AutoCloseable {

    @Override
    public void close() {
        giveBack.run();
    }
}
