package cn.enforceflow.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import cn.enforceflow.EnforceFlowApplication;
import cn.enforceflow.benchmark.BenchmarkReport.Level;
import cn.enforceflow.benchmark.InboxDataGenerator.Growth;
import cn.enforceflow.identity.Users;
import cn.enforceflow.inbox.Inbox;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox benchmark of the issue: officer1's 待办 (assigned) and 部门待领 (claimable by
 * YJJ.OFFICER) first pages, p95 ≤ 50 ms through the HTTP API, with 500,000 finished
 * invitations and 10k to 100k open tasks in MariaDB, next to the same pages asked of
 * Camunda. Runs only with {@code ./mvnw -Pbenchmark -pl webapp -am verify}; see
 * docs/benchmark-inbox.md.
 * <p>
 * Starts the real application on its own database ({@code enforceflow_bench}, kept
 * between runs), lets the engine create the template invitations, fills the database with
 * {@link InboxDataGenerator} and, at each level, times every query of
 * {@link InboxQueries}. The report goes to {@code target/benchmark/inbox-benchmark.md}
 * and the console.
 */
class InboxBenchmark {

	/** Counted at every level. */
	private static final List<String> COUNTED_TABLES = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_IDENTITYLINK",
			"ACT_RU_VARIABLE", "ACT_RU_JOB", "ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST",
			"ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_JOB_LOG", "inbox_case", "inbox_task", "inbox_candidate",
			"inbox_done", "inbox_participant");

	@Test
	void measuresTheInboxFirstPagesAsOpenTasksGrow() throws Exception {
		BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
		BenchmarkReport report = new BenchmarkReport(settings);
		prepareDatabase(settings, report);
		try (ConfigurableApplicationContext app = start(settings);
				InboxDataGenerator generator = new InboxDataGenerator(settings, ZoneId.systemDefault(), System.out)) {
			if (!generator.hasTemplates()) {
				InvitationTemplates templates = new InvitationTemplates(app.getBean(RuntimeService.class),
						app.getBean(TaskService.class));
				generator.captureTemplates(templates.create(Instant.now()).values());
			}
			Growth finished = generator.growFinished(settings.finished(), settings.finishedChunk());
			report.generation(String.format(Locale.ROOT, "%,d finished invitations in the database.",
					generator.finishedClones()));
			if (finished.instances() > 0) {
				report.generation(String.format(Locale.ROOT,
						"This run generated %,d of them: %,d rows in %.1f min (%,.0f rows/s, %,.0f invitations/s),"
								+ " %,d per chunk.",
						finished.instances(), finished.rows(), finished.took().toMillis() / 60000.0,
						finished.rowsPerSecond(), finished.instancesPerSecond(), settings.finishedChunk()));
			}
			InboxQueries queries = new InboxQueries(((WebServerApplicationContext) app).getWebServer().getPort(),
					app.getBean(TaskService.class), app.getBean(Inbox.class), app.getBean(Users.class),
					app.getBean(DataSource.class));
			for (int target : settings.levels()) {
				Growth open = generator.growOpen(target, settings.openChunk());
				if (target == settings.levels().get(0)) {
					List<String> checked = new ClonedInstancesCheck(app.getBean(RuntimeService.class),
							app.getBean(TaskService.class), app.getBean(ManagementService.class),
							app.getBean(HistoryService.class), app.getBean(PlatformTransactionManager.class),
							app.getBean(DataSource.class))
						.run();
					checked.forEach((line) -> System.out.println("[check] " + line));
					report.generation("The engine works the clones (one transaction, rolled back): "
							+ String.join("; ", checked) + ".");
				}
				Map<String, Long> inbox = generator.officerCounts();
				assertThat(inbox.get("assigned to officer1 (read model)"))
					.isEqualTo(inbox.get("assigned to officer1 (engine)"));
				assertThat(inbox.get("claimable by YJJ.OFFICER (read model)"))
					.isEqualTo(inbox.get("claimable by YJJ.OFFICER (engine)"));
				System.out.printf(Locale.ROOT, "[benchmark] %,d open tasks: %s%n", target,
						InboxDataGenerator.describe(inbox));
				String loadBefore = loadAverage();
				List<Latencies> latencies = queries.measure(queries.all(), settings.warmUp(), settings.samples(),
						System.out);
				for (Latencies measured : latencies) {
					System.out.printf(Locale.ROOT, "[benchmark] %-75s %s%n", measured.query(), summary(measured));
				}
				String load = loadBefore + " before the queries, " + loadAverage() + " after";
				long countStart = System.nanoTime();
				Map<String, Long> rows = generator.rowCounts(COUNTED_TABLES);
				double countSeconds = (System.nanoTime() - countStart) / 1e9;
				assertThat(rows.get("inbox_task")).isEqualTo(rows.get("ACT_RU_TASK"));
				assertThat(rows.get("inbox_case")).isEqualTo(rows.get("ACT_HI_PROCINST"));
				Level level = new Level(target, open, inbox, latencies, rows, countSeconds, load);
				report.level(level, generator.tableSizes(settings.database()));
				report.write();
				System.out.println(report.levelSection(level));
			}
		}
		System.out.println(report.markdown());
		System.out.println("[benchmark] report: " + settings.reportFile());
	}

	/** The 1-minute load average: the machine's cores are shared. */
	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException ex) {
			return String.format(Locale.ROOT, "%.2f",
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	private static String summary(Latencies latencies) {
		if (!latencies.available()) {
			return latencies.result();
		}
		return String.format(Locale.ROOT, "p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f ms  (%s)",
				latencies.percentile(50), latencies.percentile(95), latencies.percentile(99), latencies.max(),
				latencies.result());
	}

	private static void prepareDatabase(BenchmarkSettings settings, BenchmarkReport report) throws SQLException {
		try (Connection connection = DriverManager.getConnection(settings.serverUrl(), settings.user(),
				settings.password()); Statement statement = connection.createStatement()) {
			if (settings.reset()) {
				statement.execute("drop database if exists " + settings.database());
			}
			statement.execute("create database if not exists " + settings.database()
					+ " character set utf8mb4 collate utf8mb4_unicode_ci");
			try (ResultSet server = statement.executeQuery("select version(), @@innodb_buffer_pool_size,"
					+ " @@innodb_flush_log_at_trx_commit, @@innodb_log_file_size")) {
				server.next();
				report.environment(String.format(Locale.ROOT,
						"MariaDB %s, innodb_buffer_pool_size %,d MB, innodb_flush_log_at_trx_commit %s,"
								+ " innodb_log_file_size %,d MB; database `%s`%s",
						server.getString(1), server.getLong(2) >> 20, server.getString(3), server.getLong(4) >> 20,
						settings.database(), settings.reset() ? " (recreated)" : ""));
			}
		}
		long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getTotalMemorySize();
		report.environment(String.format(Locale.ROOT, "%d cores, %,d GB RAM; %s %s, max heap %,d MB, zone %s",
				Runtime.getRuntime().availableProcessors(), memory >> 30, System.getProperty("java.vm.name"),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, ZoneId.systemDefault()));
		report.environment("Application: profiles mysql,demo, job execution off, one JVM with the benchmark's "
				+ "client (java.net.http, HTTP/1.1 keep-alive, sequential calls)");
	}

	private static ConfigurableApplicationContext start(BenchmarkSettings settings) {
		// the templates are engine instances without invitations behind them: one hazard
		// each
		return new SpringApplicationBuilder(EnforceFlowApplication.class, BenchmarkHazards.class).run(
				"--spring.profiles.active=mysql,demo", "--ENFORCEFLOW_DB_URL=" + settings.applicationUrl(),
				"--ENFORCEFLOW_DB_USER=" + settings.user(), "--ENFORCEFLOW_DB_PASSWORD=" + settings.password(),
				"--server.port=0", "--camunda.bpm.job-execution.enabled=false",
				"--spring.main.allow-bean-definition-overriding=true");
	}

}
