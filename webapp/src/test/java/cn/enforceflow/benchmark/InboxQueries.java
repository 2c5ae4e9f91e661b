package cn.enforceflow.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.inbox.Inbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The queries the benchmark times for officer1 of YJJ: our inbox API, the same pages
 * asked of Camunda (REST and Java), the inbox read model's SQL on its own, and the floors
 * that show what HTTP and HTTP Basic cost by themselves.
 */
final class InboxQueries {

	static final String OFFICER = "officer1";

	static final String OFFICER_GROUP = "YJJ.OFFICER";

	static final int PAGE_SIZE = 20;

	private static final String PASSWORD = "demo";

	private static final String TODO_SQL = "select task_id, process_instance_id, process_key, task_key, name,"
			+ " business_key, assignee, created_at, due_at from inbox_task where assignee = ?"
			+ " order by sort_due, task_id limit " + PAGE_SIZE;

	private static final String TODO_COUNT_SQL = "select count(*) from inbox_task where assignee = ?";

	private static final String GROUP_SQL = "select t.task_id, t.process_instance_id, t.process_key, t.task_key,"
			+ " t.name, t.business_key, t.assignee, t.created_at, t.due_at from inbox_candidate c"
			+ " join inbox_task t on t.task_id = c.task_id where c.candidate in (?, ?) and c.claimable"
			+ " order by c.sort_due, c.task_id limit " + PAGE_SIZE;

	private static final String GROUP_COUNT_SQL = "select count(*) from inbox_candidate c"
			+ " where c.candidate in (?, ?) and c.claimable";

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final ObjectMapper json = new ObjectMapper();

	private final String baseUrl;

	private final TaskService tasks;

	private final Inbox inbox;

	private final Users users;

	private final DataSource dataSource;

	InboxQueries(int port, TaskService tasks, Inbox inbox, Users users, DataSource dataSource) {
		this.baseUrl = "http://localhost:" + port;
		this.tasks = tasks;
		this.inbox = inbox;
		this.users = users;
		this.dataSource = dataSource;
	}

	/** A query to time; its first answer is described once, outside the timings. */
	record Query(String name, Call call, Describe describe) {

	}

	@FunctionalInterface
	interface Call {

		Object run() throws Exception;

	}

	@FunctionalInterface
	interface Describe {

		String of(Object answer) throws Exception;

	}

	/** Thrown while describing an answer that says the query is not there (yet). */
	static final class NotAvailable extends Exception {

		NotAvailable(String message) {
			super(message);
		}

	}

	List<Query> all() {
		String todo = "assignee=" + OFFICER + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=" + PAGE_SIZE;
		String group = "candidateGroups=" + OFFICER_GROUP + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults="
				+ PAGE_SIZE;
		UserProfile officer = this.users.profile(OFFICER).orElseThrow();
		List<Query> queries = new ArrayList<>();
		queries.add(new Query("HTTP floor: GET /actuator/health (no auth)", () -> get("/actuator/health", null),
				this::status));
		queries.add(new Query("HTTP Basic floor: GET /api/me (officer1, bcrypt)", () -> get("/api/me", OFFICER),
				this::status));
		queries.add(new Query("**ours: GET /api/tasks?view=todo (officer1)**",
				() -> get("/api/tasks?view=todo&page=0&size=" + PAGE_SIZE, OFFICER), this::page));
		queries.add(new Query("**ours: GET /api/tasks?view=group (officer1)**",
				() -> get("/api/tasks?view=group&page=0&size=" + PAGE_SIZE, OFFICER), this::page));
		queries.add(new Query("engine-rest floor: GET /engine-rest/version (admin, bcrypt)",
				() -> get("/engine-rest/version", "admin"), this::status));
		queries.add(new Query("engine-rest: GET /task?assignee=officer1 sorted by due date",
				() -> get("/engine-rest/task?" + todo, "admin"), this::array));
		queries.add(new Query("engine-rest: GET /task/count?assignee=officer1",
				() -> get("/engine-rest/task/count?assignee=" + OFFICER, "admin"), this::count));
		queries.add(new Query("engine-rest: GET /task?candidateGroups=YJJ.OFFICER sorted by due date",
				() -> get("/engine-rest/task?" + group, "admin"), this::array));
		queries.add(new Query("engine-rest: GET /task/count?candidateGroups=YJJ.OFFICER",
				() -> get("/engine-rest/task/count?candidateGroups=" + OFFICER_GROUP, "admin"), this::count));
		queries.add(new Query("Java TaskService: assignee list (20, by due date)", this::todoList, this::size));
		queries.add(new Query("Java TaskService: assignee count", this::todoCount, String::valueOf));
		queries.add(new Query("Java TaskService: assignee page = list + count", () -> pageOf(todoList(), todoCount()),
				String::valueOf));
		queries.add(new Query("Java TaskService: candidate group list (20, by due date)", this::groupList, this::size));
		queries.add(new Query("Java TaskService: candidate group count", this::groupCount, String::valueOf));
		queries.add(new Query("Java TaskService: candidate group page = list + count",
				() -> pageOf(groupList(), groupCount()), String::valueOf));
		queries.add(new Query("Java Inbox.openTasks(officer1, 20) — the home page (read model)",
				() -> this.inbox.openTasks(officer, PAGE_SIZE), this::size));
		queries.add(new Query("read model SQL (JDBC): todo page = list + count",
				() -> sqlPage(TODO_SQL, TODO_COUNT_SQL, OFFICER), String::valueOf));
		queries.add(new Query("read model SQL (JDBC): group page = list + count",
				() -> sqlPage(GROUP_SQL, GROUP_COUNT_SQL, "G:" + OFFICER_GROUP, "U:" + OFFICER), String::valueOf));
		return queries;
	}

	/**
	 * Runs the warm-up rounds, then {@code samples} timed rounds; a round calls every
	 * query once, one after the other, starting one query further each round. Interleaved
	 * so that other work on the machine (its cores are shared) weighs on all queries
	 * alike. A query whose first answer says it is not there is reported as not
	 * available.
	 */
	List<Latencies> measure(List<Query> queries, int warmUp, int samples, PrintStream out) throws Exception {
		List<Query> available = new ArrayList<>();
		Map<Query, String> results = new HashMap<>();
		for (Query query : queries) {
			try {
				results.put(query, query.describe().of(query.call().run()));
				available.add(query);
			}
			catch (NotAvailable ex) {
				results.put(query, ex.getMessage());
			}
		}
		for (int round = 0; round < warmUp; round++) {
			for (Query query : available) {
				query.call().run();
			}
		}
		Map<Query, double[]> millis = new HashMap<>();
		available.forEach((query) -> millis.put(query, new double[samples]));
		long started = System.nanoTime();
		for (int round = 0; round < samples; round++) {
			for (int i = 0; i < available.size(); i++) {
				Query query = available.get((round + i) % available.size());
				long start = System.nanoTime();
				query.call().run();
				millis.get(query)[round] = (System.nanoTime() - start) / 1e6;
			}
			if ((round + 1) % 100 == 0) {
				out.printf(Locale.ROOT, "[benchmark] %d of %d rounds, %.0f s%n", round + 1, samples,
						(System.nanoTime() - started) / 1e9);
			}
		}
		List<Latencies> measured = new ArrayList<>();
		for (Query query : queries) {
			measured.add(millis.containsKey(query) ? new Latencies(query.name(), millis.get(query), results.get(query))
					: Latencies.notAvailable(query.name(), results.get(query)));
		}
		return measured;
	}

	private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(30));
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		HttpResponse<String> response = this.http.send(request.GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200 && response.statusCode() != 404) {
			throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(300, response.body().length())));
		}
		return response;
	}

	private HttpResponse<String> ok(Object answer) throws NotAvailable {
		@SuppressWarnings("unchecked")
		HttpResponse<String> response = (HttpResponse<String>) answer;
		if (response.statusCode() == 404) {
			throw new NotAvailable("not available (404 on this branch)");
		}
		return response;
	}

	private String status(Object answer) throws NotAvailable {
		return "HTTP " + ok(answer).statusCode();
	}

	private String page(Object answer) throws Exception {
		JsonNode page = this.json.readTree(ok(answer).body());
		return page.path("items").size() + " of " + page.path("total").asLong();
	}

	private String array(Object answer) throws Exception {
		return this.json.readTree(ok(answer).body()).size() + " tasks";
	}

	private String count(Object answer) throws Exception {
		return "count " + this.json.readTree(ok(answer).body()).path("count").asLong();
	}

	private String size(Object answer) {
		return ((List<?>) answer).size() + " tasks";
	}

	private List<Task> todoList() {
		return this.tasks.createTaskQuery().taskAssignee(OFFICER).orderByDueDate().asc().listPage(0, PAGE_SIZE);
	}

	private long todoCount() {
		return this.tasks.createTaskQuery().taskAssignee(OFFICER).count();
	}

	private List<Task> groupList() {
		return this.tasks.createTaskQuery()
			.taskCandidateGroupIn(List.of(OFFICER_GROUP))
			.orderByDueDate()
			.asc()
			.listPage(0, PAGE_SIZE);
	}

	private long groupCount() {
		return this.tasks.createTaskQuery().taskCandidateGroupIn(List.of(OFFICER_GROUP)).count();
	}

	private static String pageOf(List<?> items, long total) {
		return items.size() + " of " + total;
	}

	private String sqlPage(String listSql, String countSql, String... parameters) throws SQLException {
		int items = 0;
		long total;
		try (Connection connection = this.dataSource.getConnection()) {
			try (PreparedStatement list = connection.prepareStatement(listSql)) {
				bind(list, parameters);
				try (ResultSet rows = list.executeQuery()) {
					while (rows.next()) {
						rows.getString(1);
						items++;
					}
				}
			}
			try (PreparedStatement count = connection.prepareStatement(countSql)) {
				bind(count, parameters);
				try (ResultSet rows = count.executeQuery()) {
					rows.next();
					total = rows.getLong(1);
				}
			}
		}
		return items + " of " + total;
	}

	private static void bind(PreparedStatement statement, String... parameters) throws SQLException {
		for (int i = 0; i < parameters.length; i++) {
			statement.setString(i + 1, parameters[i]);
		}
	}

}
