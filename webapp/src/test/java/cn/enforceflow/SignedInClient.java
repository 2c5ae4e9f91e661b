package cn.enforceflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser without the browser: cookies, the sign-in form with its CSRF token,
 * and plain requests, against a running node. Cookies can be carried to another node.
 */
public final class SignedInClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private String baseUrl;

	private final Map<String, String> headers = new java.util.LinkedHashMap<>();

	public SignedInClient(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	/**
	 * Sends a header with every following request, e.g. {@code X-Forwarded-For} as a
	 * proxy on loopback would (the application trusts proxies on internal addresses).
	 */
	public SignedInClient header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	/** Sends the following requests to another node, with the same cookies. */
	public SignedInClient moveTo(int port) {
		URI from = URI.create(this.baseUrl);
		this.baseUrl = "http://localhost:" + port;
		for (HttpCookie cookie : this.cookies.getCookieStore().get(from)) {
			this.cookies.getCookieStore().add(URI.create(this.baseUrl), cookie);
		}
		return this;
	}

	/** Signs in through the sign-in page; returns the response to the form post. */
	public HttpResponse<String> signIn(String username, String password) {
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(csrfTokenOf(get("/login").body()));
		return send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	public HttpResponse<String> signOut() {
		String token = csrfToken();
		return send(HttpRequest.newBuilder(uri("/logout"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(token)))
			.build());
	}

	public HttpResponse<String> get(String path) {
		return get(path, "text/html");
	}

	public HttpResponse<String> get(String path, String accept) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build());
	}

	/**
	 * An API call with HTTP Basic credentials (no cookies are needed or used by the API).
	 */
	public HttpResponse<String> api(String path, String username, String password) {
		return api(path, username, password, "application/json");
	}

	/**
	 * An API GET with HTTP Basic credentials (none when the username is null) that
	 * accepts the given type, e.g. YAML.
	 */
	public HttpResponse<String> api(String path, String username, String password, String accept) {
		return send(
				basic(HttpRequest.newBuilder(uri(path)).header("Accept", accept), username, password).GET().build());
	}

	/**
	 * An API POST without a body, with HTTP Basic credentials (none when the username is
	 * null).
	 */
	public HttpResponse<String> apiPost(String path, String username, String password) {
		return send(basic(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json"), username, password)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
	}

	/**
	 * An API POST with a JSON body, with HTTP Basic credentials (none when the username
	 * is null).
	 */
	public HttpResponse<String> apiPost(String path, String username, String password, String json) {
		return send(basic(HttpRequest.newBuilder(uri(path))
			.header("Accept", "application/json")
			.header("Content-Type", "application/json"), username, password)
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build());
	}

	private static HttpRequest.Builder basic(HttpRequest.Builder request, String username, String password) {
		if (username != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return request;
	}

	/**
	 * Posts a form as the browser does, with the CSRF token of the session; the response
	 * is not followed.
	 */
	public HttpResponse<String> postForm(String path, Map<String, String> fields) {
		StringBuilder form = new StringBuilder("_csrf=" + encode(csrfToken()));
		fields.forEach((name, value) -> form.append('&').append(encode(name)).append('=').append(encode(value)));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
			.build());
	}

	/** Posts a form body as it is, without adding the session's CSRF token. */
	public HttpResponse<String> postRaw(String path, String form) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	/**
	 * Uploads one file as a multipart form. The CSRF token goes in the address, as the
	 * upload forms put it: the body of an oversized upload is never read.
	 */
	public HttpResponse<String> postFile(String path, String field, String filename, byte[] content) {
		String boundary = "----EnforceFlowBoundary" + Long.toHexString(System.nanoTime());
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		String token = encode(csrfToken());
		return send(HttpRequest.newBuilder(uri(path + (path.contains("?") ? "&" : "?") + "_csrf=" + token))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** A file of a multipart upload: its field, the name it is sent with, its bytes. */
	public record FilePart(String field, String filename, byte[] content) {

	}

	/**
	 * Uploads files as one multipart form to the API, with HTTP Basic credentials (none
	 * when the username is null) and optional plain form fields.
	 */
	public HttpResponse<String> apiPostFiles(String path, String username, String password, Map<String, String> fields,
			java.util.List<FilePart> files) {
		String boundary = "----EnforceFlowBoundary" + Long.toHexString(System.nanoTime());
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		for (FilePart file : files) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
					+ "\"; filename=\"" + file.filename() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.content());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(basic(HttpRequest.newBuilder(uri(path))
			.header("Accept", "application/json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary), username, password)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/**
	 * An API GET of bytes (a PDF, an attachment), with HTTP Basic credentials (none when
	 * the username is null).
	 */
	public HttpResponse<byte[]> apiBytes(String path, String username, String password) {
		try {
			return this.http.send(basic(HttpRequest.newBuilder(uri(path)), username, password).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** An API DELETE, with HTTP Basic credentials (none when the username is null). */
	public HttpResponse<String> apiDelete(String path, String username, String password) {
		return send(basic(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json"), username, password)
			.DELETE()
			.build());
	}

	public String sessionCookie() {
		return this.cookies.getCookieStore()
			.get(URI.create(this.baseUrl))
			.stream()
			.filter((c) -> c.getName().equals("SESSION"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpResponse<String> send(HttpRequest request) {
		if (!this.headers.isEmpty()) {
			HttpRequest.Builder copy = HttpRequest.newBuilder(request, (name, value) -> true);
			this.headers.forEach(copy::header);
			request = copy.build();
		}
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	/**
	 * The session's CSRF token, from the home page, or from the sign-in page for somebody
	 * not signed in.
	 */
	private String csrfToken() {
		HttpResponse<String> home = get("/");
		return csrfTokenOf((home.statusCode() == 200) ? home.body() : get("/login").body());
	}

	private static String csrfTokenOf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token on the page");
		}
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
