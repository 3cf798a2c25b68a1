package org.rollcall.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A tiny SMTP server that greets, accepts the sender and refuses every recipient with
 * {@code 550 5.1.1 <address>: no such mailbox here}, as a real server does for an address that
 * does not exist. It listens where GreenMail would (GreenMail stopped), so the application's mail
 * session reaches it unchanged.
 */
public final class RefusingSmtpServer implements AutoCloseable {
    public static final String REFUSAL = "550 5.1.1 no such mailbox here";

    private final ServerSocket socket;
    private final Thread acceptor;
    /** The conversation going on, closed with the server: an open one holds the port GreenMail starts on again. */
    private volatile Socket client;

    private RefusingSmtpServer(ServerSocket socket) {
        this.socket = socket;
        this.acceptor = new Thread(this::acceptAll, "refusing-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static RefusingSmtpServer on(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new java.net.InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        return new RefusingSmtpServer(socket);
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try (Socket accepted = socket.accept()) {
                client = accepted;
                converse(accepted);
            } catch (IOException e) {
                // closed, or the client hung up: wait for the next
            } finally {
                client = null;
            }
        }
    }

    private static void converse(Socket client) throws IOException {
        client.setSoTimeout(10_000);
        var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        var out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
        reply(out, "220 refusing.example ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 refusing.example");
            } else if (command.startsWith("MAIL FROM")) {
                reply(out, "250 2.1.0 Ok");
            } else if (command.startsWith("RCPT TO")) {
                reply(out, REFUSAL);
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 2.0.0 Bye");
                return;
            } else {
                reply(
                        out,
                        command.startsWith("RSET") || command.startsWith("NOOP") ? "250 Ok" : "503 5.5.1 Bad sequence");
            }
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        Socket open = client;
        if (open != null) {
            open.close();
        }
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
