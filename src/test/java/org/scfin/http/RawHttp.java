package org.scfin.http;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A bare socket to the service under test, for requests no HTTP client would send as they are: bodies that trickle in,
 * chunked uploads far over the limit. Answers are read as raw text.
 */
final class RawHttp implements AutoCloseable {

    private final Socket socket;

    private RawHttp(Socket socket) {
        this.socket = socket;
    }

    static RawHttp connect() {
        try {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress("localhost", RestAssured.port), 5_000);
            socket.setTcpNoDelay(true);
            return new RawHttp(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a request's line and headers (CRLF-separated, without the blank line, which this adds). */
    void sendHead(String head) throws IOException {
        write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    void write(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    /** Everything the server sends until it closes the connection or {@code timeoutMillis} pass without a byte. */
    String readUntilClosed(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                answer.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError(
                    "the connection stayed open; received so far: " + answer.toString(StandardCharsets.UTF_8), e);
        } catch (IOException e) {
            // a reset after the answer was sent: what arrived before it is the answer
            if (answer.size() == 0) {
                throw e;
            }
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a test socket
        }
    }
}
