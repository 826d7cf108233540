package fi.kuuleva.dialler;

/** A line of Asterisk server {@code server} held by an inbound call; closing gives it back (twice does nothing). */
public record LineLease(String server, Runnable giveBack) implements AutoCloseable {

    @Override
    public void close() {
        giveBack.run();
    }
}
