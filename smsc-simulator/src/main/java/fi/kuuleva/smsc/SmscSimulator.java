package fi.kuuleva.smsc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

/**
 * An SMSC for tests and the demo (jsmpp's server session on a free loopback port): accepts a bind with the one system
 * id and password, keeps every submit_sm it receives (read by the given {@link TextDecoder}), answers with a message
 * id and then sends a delivery receipt, again while the client refuses it (UNDELIV for the numbers {@link
 * #undeliverable}, DELIVRD otherwise), and sends residents' replies on request. Thread-safe.
 */
public final class SmscSimulator implements AutoCloseable {

    /** A text the SMSC took: to whom (E.164), what it said, its SMPP data_coding, and the id it gave. */
    public record Received(String to, String text, byte dataCoding, String messageId) {
    }

    public static final String SYSTEM_ID = "kuuleva";
    public static final String PASSWORD = "s3cretpw";

    private final SMPPServerSessionListener listener;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> undeliverable = ConcurrentHashMap.newKeySet();
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(1000);
    private final TextDecoder decoder;
    private final int port;
    private volatile boolean open = true;

    private SmscSimulator(int port, TextDecoder decoder) throws IOException {
        this.port = port;
        this.decoder = decoder;
        this.listener = new SMPPServerSessionListener(port, new LoopbackConnections());
        listener.setMessageReceiverListener(new Receiver());
        threads.execute(this::acceptLoop);
    }

    /** Starts an SMSC on a free port of this machine that reads submitted texts with {@code decoder}. */
    public static SmscSimulator start(TextDecoder decoder) {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = free.getLocalPort();
            free.close();
            return new SmscSimulator(port, decoder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> receivedBy(String e164) {
        return received.stream().filter(r -> r.to().equals(e164)).toList();
    }

    /** Texts to this number get an UNDELIV receipt from now on. */
    public void undeliverable(String e164) {
        undeliverable.add(e164);
    }

    /** A resident replies from {@code fromE164} on every bound session: {@code bytes} in {@code dataCoding}. */
    public void reply(String fromE164, byte dataCoding, byte[] bytes) throws Exception {
        for (SMPPServerSession session : sessions) {
            if (session.getSessionState().isBound()) {
                session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                        fromE164.substring(1), TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Kuuleva",
                        new ESMClass(), (byte) 0, (byte) 0, new RegisteredDelivery(0),
                        DataCodings.newInstance(dataCoding), bytes);
            }
        }
    }

    public boolean bound() {
        return sessions.stream().anyMatch(s -> s.getSessionState().isBound());
    }

    private void acceptLoop() {
        while (open) {
            try {
                SMPPServerSession session = listener.accept();
                threads.execute(() -> bind(session));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5000);
            if (SYSTEM_ID.equals(request.getSystemId()) && PASSWORD.equals(request.getPassword())) {
                request.accept(SYSTEM_ID);
                sessions.add(session);
            } else {
                request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
            }
        } catch (IOException | TimeoutException | RuntimeException | org.jsmpp.PDUStringException e) {
            session.close();
        }
    }

    /** Like an SMSC, delivers a receipt again (every 250 ms, 40 times at most) while the client refuses it. */
    private void receipt(SMPPServerSession session, Received text, int tries) {
        boolean delivered = !undeliverable.contains(text.to());
        DeliveryReceipt receipt = new DeliveryReceipt(text.messageId(), 1, delivered ? 1 : 0, new Date(), new Date(),
                delivered ? DeliveryReceiptState.DELIVRD : DeliveryReceiptState.UNDELIV, delivered ? "000" : "001",
                "");
        try {
            session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                    text.to().substring(1), TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Kuuleva",
                    new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                    (byte) 0, (byte) 0, new RegisteredDelivery(0), DataCodings.ZERO, receipt.toString().getBytes());
        } catch (Exception e) {
            if (tries < 40 && open) {
                retries.schedule(() -> receipt(session, text, tries + 1), 250, TimeUnit.MILLISECONDS);
            }
        }
    }

    @Override
    public void close() throws IOException {
        open = false;
        sessions.forEach(SMPPServerSession::unbindAndClose);
        listener.close();
        threads.shutdownNow();
        retries.shutdownNow();
    }

    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source)
                throws ProcessRequestException {
            byte[] bytes = submit.getShortMessage();
            if (bytes == null || bytes.length == 0) {
                OptionalParameter payload = submit.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
                bytes = ((OptionalParameter.OctetString) payload).getValue();
            }
            String id = Long.toString(ids.incrementAndGet());
            Received text = new Received("+" + submit.getDestAddress(),
                    decoder.decode(submit.getDataCoding(), bytes), submit.getDataCoding(), id);
            received.add(text);
            if (submit.isSmscDelReceiptSuccessAndFailureRequested()) {
                threads.execute(() -> receipt(source, text, 1));
            }
            try {
                return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
            } catch (org.jsmpp.PDUStringException e) {
                throw new ProcessRequestException("bad id", SMPPConstant.STAT_ESME_RSYSERR, e);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                                                               SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }
}
