package cn.enforceflow.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What the inbox benchmark runs against and how much it generates, from system properties
 * ({@code -Dbenchmark.*}, see docs/benchmark-inbox.md) with defaults that follow the
 * issue: 500,000 finished invitations, then 10k, 25k, 50k and 100k open tasks.
 */
record BenchmarkSettings(String server, String database, String user, String password, boolean reset, int finished,
		List<Integer> levels, int finishedChunk, int openChunk, int warmUp, int samples, Path reportFile) {

	/** The options PerRunDatabase uses, plus batched inserts for the generator. */
	static final String OPTIONS = "?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true"
			+ "&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true";

	static BenchmarkSettings fromSystemProperties() {
		return new BenchmarkSettings(property("benchmark.mysql.server", "jdbc:mysql://127.0.0.1:3306/"),
				property("benchmark.database", "enforceflow_bench"), property("benchmark.mysql.user", "root"),
				property("benchmark.mysql.password", ""), Boolean.parseBoolean(property("benchmark.reset", "false")),
				Integer.parseInt(property("benchmark.finished", "500000")),
				Arrays.stream(property("benchmark.levels", "10000,25000,50000,100000").split(","))
					.map(String::strip)
					.map(Integer::valueOf)
					.toList(),
				Integer.parseInt(property("benchmark.finished-chunk", "5000")),
				Integer.parseInt(property("benchmark.open-chunk", "10000")),
				Integer.parseInt(property("benchmark.warm-up", "50")),
				Integer.parseInt(property("benchmark.samples", "300")),
				Path.of(property("benchmark.report", "target/benchmark/inbox-benchmark.md")).toAbsolutePath());
	}

	/** The URL the application is given (as ENFORCEFLOW_DB_URL). */
	String applicationUrl() {
		return this.server + this.database + OPTIONS;
	}

	/**
	 * The generator's own connection: batched statements rewritten into multi-row
	 * inserts.
	 */
	String generatorUrl() {
		return applicationUrl() + "&rewriteBatchedStatements=true";
	}

	/**
	 * A connection to the server without a database, to create or drop the bench
	 * database.
	 */
	String serverUrl() {
		return this.server + OPTIONS;
	}

	private static String property(String name, String fallback) {
		String value = System.getProperty(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
