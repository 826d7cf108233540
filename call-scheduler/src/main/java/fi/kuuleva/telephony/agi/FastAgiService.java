package fi.kuuleva.telephony.agi;

import java.io.IOException;
import java.net.InetAddress;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.AgiServerThread;
import org.asteriskjava.fastagi.DefaultAgiServer;

/** The FastAGI server that Asterisk's dialplan connects to; every request runs the one survey script. */
public final class FastAgiService implements AutoCloseable {

    private final DefaultAgiServer server;
    private final AgiServerThread thread;

    /**
     * @param maxConcurrentCalls FastAGI worker threads: each live call holds one while it runs
     */
    public FastAgiService(AgiScript script, String bindAddress, int port, int maxConcurrentCalls) throws IOException {
        server = new DefaultAgiServer(script);
        server.setAddress(InetAddress.getByName(bindAddress));
        server.setPort(port);
        server.setPoolSize(Math.min(16, maxConcurrentCalls));
        server.setMaximumPoolSize(maxConcurrentCalls);
        thread = new AgiServerThread(server);
        thread.setDaemon(true);
    }

    /** Starts listening; returns once the server thread runs (the socket opens right after). */
    public void start() {
        thread.startup();
    }

    public int activeCalls() {
        return server.getPoolActiveTaskCount();
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
