package fi.kuuleva.smsc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;

/** jsmpp's server sockets, bound to the loopback address only: the simulator is never reachable from the network. */
final class LoopbackConnections implements ServerConnectionFactory {

    private static final int BACKLOG = 50;

    @Override
    public ServerConnection listen(int port) throws IOException {
        return listen(port, 0, BACKLOG);
    }

    @Override
    public ServerConnection listen(int port, int timeout) throws IOException {
        return listen(port, timeout, BACKLOG);
    }

    @Override
    public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
        ServerSocket socket = new ServerSocket(port, backlog, InetAddress.getLoopbackAddress());
        socket.setSoTimeout(timeout);
        return new ServerSocketConnection(socket);
    }
}
