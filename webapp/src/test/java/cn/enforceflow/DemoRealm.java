package cn.enforceflow;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.enforceflow.calendar.WorkingCalendar;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo realm of {@code docker/keycloak} as the tests import it: its users'
 * certificates valid for as long after today as {@code demo/users.csv} says ({@code +2y},
 * {@code +200d}), like the embedded demo's, so that the Keycloak tests never expire.
 */
final class DemoRealm {

	private static final Pattern RELATIVE = Pattern.compile("\\+(\\d+)([dmy])");

	private DemoRealm() {
	}

	/**
	 * A copy of the realm file with today's certificate dates, in the directory given.
	 */
	static Path datedCopy(Path realmFile, Path directory) throws IOException {
		ObjectMapper json = new ObjectMapper();
		JsonNode realm = json.readTree(realmFile.toFile());
		Map<String, LocalDate> validUntil = certificates(LocalDate.now(WorkingCalendar.ZONE));
		for (JsonNode user : realm.path("users")) {
			LocalDate until = validUntil.get(user.path("username").asText());
			JsonNode attributes = user.path("attributes");
			if (until != null && attributes.has("certificateValidUntil")) {
				ArrayNode dates = ((ObjectNode) attributes).putArray("certificateValidUntil");
				dates.add(until.toString());
			}
		}
		Path copy = directory.resolve("enforceflow-realm.dated.json");
		Files.createDirectories(directory);
		json.writerWithDefaultPrettyPrinter().writeValue(copy.toFile(), realm);
		return copy;
	}

	/** username → the last day of their certificate, from the demo's users. */
	private static Map<String, LocalDate> certificates(LocalDate today) {
		Map<String, LocalDate> dates = new HashMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo/users.csv").getInputStream(), StandardCharsets.UTF_8))) {
			List<String> header = List.of(reader.readLine().split(",", -1));
			int username = header.indexOf("username");
			int until = header.indexOf("certificate_valid_until");
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] row = line.split(",", -1);
				Matcher relative = RELATIVE.matcher(row[until].strip());
				if (relative.matches()) {
					int n = Integer.parseInt(relative.group(1));
					dates.put(row[username], switch (relative.group(2)) {
						case "d" -> today.plusDays(n);
						case "m" -> today.plusMonths(n);
						default -> today.plusYears(n);
					});
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return dates;
	}

}
