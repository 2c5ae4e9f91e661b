package cn.enforceflow.integrations.storage;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real S3-compatible server on the loopback interface: S3Proxy, the jar the build
 * copies from Maven Central into {@code target/s3proxy}, run as a process of its own over
 * a directory (its "filesystem" store: a bucket is a directory, an object a file). It
 * checks Signature V2/V4 against one access key, as MinIO does. Stopped by its process.
 */
final class RealS3Server implements AutoCloseable {

	static final String ACCESS_KEY = "AKIDENFORCEFLOW";

	static final String SECRET_KEY = "enforceflow-test-secret";

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private final Process process;

	private final URI endpoint;

	private final Path log;

	private RealS3Server(Process process, URI endpoint, Path log) {
		this.process = process;
		this.endpoint = endpoint;
		this.log = log;
	}

	/** Starts a server whose buckets are the directories under {@code dir}. */
	static RealS3Server start(Path dir) throws IOException, InterruptedException {
		Path jar = Path.of(System.getProperty("enforceflow.test.s3proxy-jar", "target/s3proxy/s3proxy.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No S3Proxy at " + jar.toAbsolutePath()
					+ ": the build copies org.gaul:s3proxy:jar-with-dependencies there (run the tests with Maven)");
		}
		Path data = Files.createDirectories(dir.resolve("data"));
		int port = freePort();
		URI endpoint = URI.create("http://127.0.0.1:" + port);
		Path properties = dir.resolve("s3proxy.conf");
		Files.write(properties,
				List.of("s3proxy.endpoint=" + endpoint, "s3proxy.authorization=aws-v2-or-v4",
						"s3proxy.identity=" + ACCESS_KEY, "s3proxy.credential=" + SECRET_KEY,
						"jclouds.provider=filesystem", "jclouds.filesystem.basedir=" + data.toAbsolutePath()));
		Path log = dir.resolve("s3proxy.log");
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-jar", jar.toAbsolutePath().toString(),
				"--properties", properties.toString())
			.redirectErrorStream(true)
			.start();
		RealS3Server server = new RealS3Server(process, endpoint, log);
		server.awaitListening(port);
		return server;
	}

	URI endpoint() {
		return this.endpoint;
	}

	S3Settings settings(String bucket) {
		return new S3Settings(this.endpoint, "cn-north-1", bucket, ACCESS_KEY, SECRET_KEY, true);
	}

	/**
	 * Copies the server's output to its log and returns once Jetty reports its connector
	 * on the port started: the server's own word, not a guess by polling.
	 */
	private void awaitListening(int port) throws IOException, InterruptedException {
		CompletableFuture<Void> listening = new CompletableFuture<>();
		String started = "Started ";
		String address = "127.0.0.1:" + port;
		Thread copier = new Thread(() -> {
			try (BufferedReader output = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
					BufferedWriter log = Files.newBufferedWriter(this.log, StandardCharsets.UTF_8)) {
				for (String line = output.readLine(); line != null; line = output.readLine()) {
					log.write(line);
					log.newLine();
					log.flush();
					if (line.contains(started) && line.contains(address)) {
						listening.complete(null);
					}
				}
			}
			catch (IOException ex) {
				listening.completeExceptionally(ex);
			}
			listening.completeExceptionally(new IllegalStateException("S3Proxy stopped at start"));
		}, "s3proxy-output");
		copier.setDaemon(true);
		copier.start();
		try {
			listening.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			close();
			throw new IllegalStateException("S3Proxy did not start listening on " + address + " within " + START_TIMEOUT
					+ ":\n" + Files.readString(this.log), ex);
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
