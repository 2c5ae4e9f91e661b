package cn.enforceflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real Keycloak for the tests tagged {@code keycloak}: the
 * {@code keycloak-quarkus-dist} zip from Maven Central, unpacked by the build into
 * {@code target/keycloak}, started once per test run in dev mode on loopback ports of its
 * own with the realm of {@code docker/keycloak} imported, and stopped by its process id
 * when the run ends — however the tests went ({@link StopAtTheEnd}), or when the JVM
 * exits.
 * <p>
 * Keycloak keeps its data in its home under {@code target/}: the first start imports the
 * realm (about 40 s), later runs reuse it (about 15 s) until the realm file changes (the
 * users' certificates are dated from today, {@link DemoRealm}: once a day), which wipes
 * the data and imports it again. A Keycloak left running by a run that was killed is
 * found by its pid file and stopped first.
 */
public final class RealKeycloak {

	public static final String REALM = "enforceflow";

	/** The application's client: pages sign in with it, API tokens name it. */
	public static final String APP_CLIENT = "enforceflow-app";

	/** The engine plugin's client. */
	public static final String IDENTITY_CLIENT = "camunda-identity-service";

	private static final String ADMIN_USER = "enforceflow-test-admin";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private static RealKeycloak shared;

	private final Process process;

	private final String url;

	private final Path workDir;

	private final String adminPassword;

	private final JsonNode realm;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ObjectMapper json = new ObjectMapper();

	private final Set<String> allowed = new HashSet<>();

	private RealKeycloak(Process process, String url, Path workDir, String adminPassword, JsonNode realm) {
		this.process = process;
		this.url = url;
		this.workDir = workDir;
		this.adminPassword = adminPassword;
		this.realm = realm;
	}

	/** The server of this test run, started on first use. */
	public static synchronized RealKeycloak shared() {
		if (shared == null) {
			shared = start();
			Runtime.getRuntime().addShutdownHook(new Thread(RealKeycloak::stopIfStarted, "keycloak-stop"));
		}
		return shared;
	}

	/** Keycloak as browsers and the application reach it, e.g. http://127.0.0.1:41234. */
	public String url() {
		return this.url;
	}

	/** The realm's issuer. */
	public String issuer() {
		return this.url + "/realms/" + REALM;
	}

	/** A client's secret as the realm file ships it (a demo placeholder). */
	public String secretOf(String clientId) {
		for (JsonNode client : this.realm.get("clients")) {
			if (clientId.equals(client.get("clientId").asText())) {
				return client.get("secret").asText();
			}
		}
		throw new IllegalArgumentException("no client " + clientId + " in the realm file");
	}

	/**
	 * Lets an application on this base URL use the app client: sign-in and sign-out
	 * redirects to it, and, for the tests only, passwords exchanged for tokens directly
	 * (the realm file ships with that off).
	 */
	public synchronized void allowApplication(String baseUrl) {
		if (!this.allowed.add(baseUrl)) {
			return;
		}
		String token = adminToken();
		String base = this.url + "/admin/realms/" + REALM + "/clients";
		JsonNode found = read(send(HttpRequest.newBuilder(URI.create(base + "?clientId=" + APP_CLIENT))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build(), 200));
		ObjectNode client = (ObjectNode) found.get(0);
		addTo((ArrayNode) client.get("redirectUris"), baseUrl + "/*");
		addTo((ArrayNode) client.get("webOrigins"), baseUrl);
		ObjectNode attributes = (ObjectNode) client.get("attributes");
		Set<String> logout = new LinkedHashSet<>(
				List.of(attributes.path("post.logout.redirect.uris").asText("").split("##")));
		logout.remove("");
		logout.add(baseUrl + "/*");
		attributes.put("post.logout.redirect.uris", String.join("##", logout));
		client.put("directAccessGrantsEnabled", true);
		send(HttpRequest.newBuilder(URI.create(base + "/" + client.get("id").asText()))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(client.toString()))
			.build(), 204);
	}

	/** An access token of a demo user, issued to the app client. */
	public String accessToken(String username, String password) {
		return token(Map.of("grant_type", "password", "client_id", APP_CLIENT, "client_secret", secretOf(APP_CLIENT),
				"username", username, "password", password, "scope", "openid"));
	}

	/** An access token of the engine plugin's service account: not meant for the app. */
	public String serviceAccountToken() {
		return token(Map.of("grant_type", "client_credentials", "client_id", IDENTITY_CLIENT, "client_secret",
				secretOf(IDENTITY_CLIENT)));
	}

	/** Stops the server of this run, if one was started: its children first, then it. */
	public static synchronized void stopIfStarted() {
		if (shared != null) {
			stop(shared.process.toHandle());
			deleteQuietly(shared.workDir.resolve("keycloak.pid"));
			shared = null;
		}
	}

	private String adminToken() {
		return token("master", Map.of("grant_type", "password", "client_id", "admin-cli", "username", ADMIN_USER,
				"password", this.adminPassword));
	}

	private String token(Map<String, String> form) {
		return token(REALM, form);
	}

	private String token(String realm, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(URI.create(this.url + "/realms/" + realm + "/protocol/openid-connect/token"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(),
				200);
		return read(response).get("access_token").asText();
	}

	private HttpResponse<String> send(HttpRequest request, int expected) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != expected) {
				throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
						+ response.statusCode() + ": " + response.body());
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode read(HttpResponse<String> response) {
		try {
			return this.json.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void addTo(ArrayNode values, String value) {
		for (JsonNode existing : values) {
			if (existing.asText().equals(value)) {
				return;
			}
		}
		values.add(value);
	}

	// starting and stopping

	private static RealKeycloak start() {
		Path home = Path.of(System.getProperty("enforceflow.test.keycloak-home", "target/keycloak/missing"))
			.toAbsolutePath();
		Path realmFile = Path
			.of(System.getProperty("enforceflow.test.keycloak-realm-file", "../docker/keycloak/enforceflow-realm.json"))
			.toAbsolutePath();
		if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
			throw new IllegalStateException("No Keycloak at " + home + ": run the tests through Maven, which unpacks "
					+ "org.keycloak:keycloak-quarkus-dist into target/keycloak (skip them with -DskipKeycloak)");
		}
		Path workDir = home.getParent();
		try {
			realmFile = DemoRealm.datedCopy(realmFile, workDir);
			stopLeftOver(workDir.resolve("keycloak.pid"), home);
			String adminPassword = prepareData(home, workDir, realmFile);
			int port = freePort();
			int managementPort = freePort();
			String url = "http://127.0.0.1:" + port;
			Path tmp = Files.createDirectories(workDir.resolve("tmp"));
			ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
					"--http-host=127.0.0.1", "--http-port=" + port, "--hostname=" + url,
					"--http-management-port=" + managementPort, "--import-realm")
				.directory(home.toFile())
				.redirectErrorStream(true)
				.redirectOutput(workDir.resolve("keycloak.log").toFile());
			Map<String, String> environment = builder.environment();
			environment.put("JAVA_HOME", javaHome().toString());
			environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
			environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
			environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
			environment.put("JAVA_OPTS_APPEND", "-Djava.io.tmpdir=" + tmp);
			Instant started = Instant.now();
			Process process = builder.start();
			Files.writeString(workDir.resolve("keycloak.pid"), String.valueOf(process.pid()));
			RealKeycloak keycloak = new RealKeycloak(process, url, workDir, adminPassword,
					new ObjectMapper().readTree(realmFile.toFile()));
			try {
				keycloak.awaitReady(workDir.resolve("keycloak.log"));
			}
			catch (RuntimeException ex) {
				stop(process.toHandle());
				throw ex;
			}
			System.out.printf("Keycloak %s ready at %s in %d s%n", home.getFileName(), url,
					Duration.between(started, Instant.now()).toSeconds());
			return keycloak;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitReady(Path log) {
		URI ready = URI.create(issuer() + "/.well-known/openid-configuration");
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Keycloak stopped while starting:\n" + tail(log));
			}
			try {
				HttpResponse<Void> response = this.http.send(
						HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).GET().build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			try {
				// a server starting, not a result awaited: its port opens once
				this.process.waitFor(500, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT + ":\n" + tail(log));
	}

	/**
	 * The realm is imported into an empty data directory; a changed realm file, or data
	 * without the admin password that made it, starts again from empty.
	 */
	private static String prepareData(Path home, Path workDir, Path realmFile) throws IOException {
		String digest = sha256(Files.readAllBytes(realmFile));
		Path digestFile = workDir.resolve("realm.sha256");
		Path passwordFile = workDir.resolve("admin.password");
		boolean current = Files.isRegularFile(passwordFile) && Files.isRegularFile(digestFile)
				&& Files.readString(digestFile).equals(digest) && Files.isDirectory(home.resolve("data/h2"));
		if (current) {
			return Files.readString(passwordFile);
		}
		deleteQuietly(home.resolve("data/h2"));
		Path imports = Files.createDirectories(home.resolve("data/import"));
		Files.copy(realmFile, imports.resolve("enforceflow-realm.json"), StandardCopyOption.REPLACE_EXISTING);
		byte[] random = new byte[18];
		new SecureRandom().nextBytes(random);
		String password = HexFormat.of().formatHex(random);
		Files.writeString(passwordFile, password);
		Files.writeString(digestFile, digest);
		return password;
	}

	/**
	 * A Keycloak of this build that a killed run left running holds the data: stop it.
	 */
	private static void stopLeftOver(Path pidFile, Path home) throws IOException {
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		long pid = Long.parseLong(Files.readString(pidFile).strip());
		Optional<ProcessHandle> leftOver = ProcessHandle.of(pid)
			.filter((
					handle) -> handle.info().commandLine().map((line) -> line.contains(home.toString())).orElse(false));
		leftOver.ifPresent((handle) -> {
			System.out.println("Stopping the Keycloak a previous run left running (pid " + pid + ")");
			stop(handle);
		});
		Files.deleteIfExists(pidFile);
	}

	/**
	 * kc.sh may stay the parent of the server's JVM, or exec into it: children first,
	 * then the process itself; SIGTERM, and SIGKILL after 30 s.
	 */
	private static void stop(ProcessHandle handle) {
		List<ProcessHandle> children = handle.descendants().toList();
		children.forEach(ProcessHandle::destroy);
		handle.destroy();
		Stream.concat(children.stream(), Stream.of(handle)).forEach((process) -> {
			try {
				process.onExit().get(30, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				process.destroyForcibly();
			}
		});
	}

	/** A JDK that runs Keycloak 26 (21 or newer): Temurin 25 on the CI machines. */
	private static Path javaHome() throws IOException {
		String configured = System.getProperty("enforceflow.test.keycloak-java-home",
				System.getenv("KEYCLOAK_JAVA_HOME"));
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		if (Runtime.version().feature() >= 21) {
			return Path.of(System.getProperty("java.home"));
		}
		Path jvms = Path.of("/usr/lib/jvm");
		if (Files.isDirectory(jvms)) {
			try (Stream<Path> candidates = Files.list(jvms)) {
				Optional<Path> newest = candidates.filter((dir) -> Files.isExecutable(dir.resolve("bin/java")))
					.filter((dir) -> featureOf(dir) >= 21)
					.max(Comparator.comparingInt(RealKeycloak::featureOf));
				if (newest.isPresent()) {
					return newest.get();
				}
			}
		}
		throw new IllegalStateException("Keycloak 26 needs Java 21 or newer: set -Denforceflow.test.keycloak-java-home "
				+ "or KEYCLOAK_JAVA_HOME (e.g. /usr/lib/jvm/temurin-25-jdk-amd64)");
	}

	private static int featureOf(Path jdk) {
		try {
			for (String line : Files.readAllLines(jdk.resolve("release"))) {
				if (line.startsWith("JAVA_VERSION=")) {
					String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
					return Integer.parseInt(version.split("[.+-]")[0]);
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not a JDK we can read
		}
		return 0;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteQuietly(Path path) {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			paths.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover under target/ is harmless
		}
	}

	/**
	 * Stops the run's Keycloak when the test run ends, whatever the tests did (registered
	 * in META-INF/services next to {@link PerRunDatabase}).
	 */
	public static class StopAtTheEnd implements LauncherSessionListener {

		@Override
		public void launcherSessionClosed(LauncherSession session) {
			stopIfStarted();
		}

	}

}
