package cn.enforceflow.integrations.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The S3 adapter's requests, as a stub on the loopback interface receives them: which
 * requests the adapter makes — bucket and key in the path, a Signature V4 authorization
 * for the configured key and region, the body and its hash, content type and length — and
 * how it reads the answers, including S3's "NoSuchKey". That a real server accepts them
 * is {@link S3ObjectStorageTests}.
 */
class S3ObjectStorageRequestTests {

	private HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final Map<String, byte[]> objects = new ConcurrentHashMap<>();

	private S3ObjectStorage storage;

	@BeforeEach
	void startStub() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::answer);
		this.server.start();
		URI endpoint = URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
		this.storage = S3ObjectStorage
			.create(new S3Settings(endpoint, "cn-north-1", "enforceflow-files", "AKIDTEST", "secret-test-key", true));
	}

	@AfterEach
	void stopStub() {
		this.storage.close();
		this.server.stop(0);
	}

	@Test
	void putSendsTheBytesSignedToTheBucketPath() throws Exception {
		byte[] pdf = "%PDF-1.7 检查记录".getBytes(StandardCharsets.UTF_8);

		this.storage.put("documents/2026/abc/v1.pdf", new ByteArrayInputStream(pdf), pdf.length, "application/pdf");

		Received put = only("PUT");
		assertThat(put.path()).isEqualTo("/enforceflow-files/documents/2026/abc/v1.pdf");
		assertThat(put.header("content-type")).isEqualTo("application/pdf");
		assertThat(put.header("authorization")).startsWith("AWS4-HMAC-SHA256 Credential=AKIDTEST/")
			.contains("/cn-north-1/s3/aws4_request")
			.containsPattern("SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*x-amz-content-sha256")
			.containsPattern("Signature=[0-9a-f]{64}$")
			.doesNotContain("secret-test-key");
		assertThat(put.header("x-amz-date")).matches("\\d{8}T\\d{6}Z");
		assertThat(put.body()).isEqualTo(pdf);
		// over plain HTTP the SDK signs each chunk (aws-chunked, which MinIO speaks);
		// over
		// HTTPS it may send the payload's hash instead
		String payloadHash = put.header("x-amz-content-sha256");
		if (payloadHash.startsWith("STREAMING-")) {
			assertThat(put.header("x-amz-decoded-content-length")).isEqualTo(String.valueOf(pdf.length));
		}
		else {
			assertThat(payloadHash).isEqualTo(sha256(pdf));
		}
	}

	@Test
	void getReadsTheObjectBack() throws IOException {
		this.objects.put("/enforceflow-files/attachments/2026/11/x", new byte[] { 1, 2, 3 });

		try (InputStream in = this.storage.get("attachments/2026/11/x")) {
			assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
		}
		assertThat(only("GET").path()).isEqualTo("/enforceflow-files/attachments/2026/11/x");
	}

	@Test
	void noSuchKeyIsObjectNotFound() {
		assertThatExceptionOfType(ObjectNotFoundException.class).isThrownBy(() -> this.storage.get("missing/key"));
		assertThat(this.storage.exists("missing/key")).isFalse();
	}

	@Test
	void existsAsksForTheHeadOnly() {
		this.objects.put("/enforceflow-files/a/b", new byte[] { 9 });

		assertThat(this.storage.exists("a/b")).isTrue();
		assertThat(only("HEAD").path()).isEqualTo("/enforceflow-files/a/b");
	}

	@Test
	void deleteSendsADelete() {
		this.objects.put("/enforceflow-files/a/b", new byte[] { 9 });

		this.storage.delete("a/b");

		assertThat(only("DELETE").path()).isEqualTo("/enforceflow-files/a/b");
		assertThat(this.objects).doesNotContainKey("/enforceflow-files/a/b");
	}

	@Test
	void aFailingServiceIsAStorageException() {
		this.objects.put("fail", new byte[0]);

		assertThatExceptionOfType(StorageException.class)
			.isThrownBy(() -> this.storage.put("a/b", new ByteArrayInputStream(new byte[] { 1 }), 1, "image/png"))
			.isNotInstanceOf(ObjectNotFoundException.class);
	}

	@Test
	void theKeysAreCheckedBeforeAnyRequest() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.storage.get("../other"));
		assertThat(this.received).isEmpty();
	}

	@Test
	void settingsNeverPrintTheSecret() {
		assertThat(new S3Settings(URI.create("http://127.0.0.1:9000"), "cn-north-1", "b", "AK", "very-secret", true))
			.asString()
			.doesNotContain("very-secret");
	}

	private void answer(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		String path = exchange.getRequestURI().getRawPath();
		Map<String, String> headers = new ConcurrentHashMap<>();
		exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
		this.received.add(new Received(exchange.getRequestMethod(), path, headers, decodeChunks(headers, body)));
		if (this.objects.containsKey("fail")) {
			reply(exchange, 500, error("InternalError"));
			return;
		}
		switch (exchange.getRequestMethod()) {
			case "PUT" -> {
				this.objects.put(path, decodeChunks(headers, body));
				exchange.getResponseHeaders().add("ETag", "\"etag\"");
				reply(exchange, 200, new byte[0]);
			}
			case "GET" -> {
				byte[] object = this.objects.get(path);
				if (object == null) {
					reply(exchange, 404, error("NoSuchKey"));
				}
				else {
					reply(exchange, 200, object);
				}
			}
			case "HEAD" -> {
				byte[] object = this.objects.get(path);
				exchange.sendResponseHeaders((object != null) ? 200 : 404, -1);
				exchange.close();
			}
			case "DELETE" -> {
				this.objects.remove(path);
				exchange.sendResponseHeaders(204, -1);
				exchange.close();
			}
			default -> reply(exchange, 405, error("MethodNotAllowed"));
		}
	}

	/**
	 * A body sent in aws-chunked encoding ({@code STREAMING-...} payload) carries chunk
	 * headers with signatures; the object is the chunks' data.
	 */
	private static byte[] decodeChunks(Map<String, String> headers, byte[] body) {
		String payload = headers.getOrDefault("x-amz-content-sha256", "");
		if (!payload.startsWith("STREAMING-")) {
			return body;
		}
		java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
		int at = 0;
		while (at < body.length) {
			int lineEnd = indexOfCrLf(body, at);
			String header = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII);
			int size = Integer.parseInt(header.split(";")[0], 16);
			at = lineEnd + 2;
			if (size == 0) {
				break;
			}
			data.write(body, at, size);
			at += size + 2;
		}
		return data.toByteArray();
	}

	private static int indexOfCrLf(byte[] bytes, int from) {
		for (int i = from; i < bytes.length - 1; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
				return i;
			}
		}
		return bytes.length;
	}

	private static byte[] error(String code) {
		return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + code
				+ "</Message></Error>")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
		if (status >= 400) {
			exchange.getResponseHeaders().add("Content-Type", "application/xml");
		}
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		if (body.length > 0) {
			exchange.getResponseBody().write(body);
		}
		exchange.close();
	}

	private Received only(String method) {
		List<Received> matching = this.received.stream().filter((r) -> r.method().equals(method)).toList();
		assertThat(matching).as(method + " requests").hasSize(1);
		return matching.get(0);
	}

	private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private record Received(String method, String path, Map<String, String> headers, byte[] body) {

		String header(String name) {
			return this.headers.get(name);
		}

	}

}
