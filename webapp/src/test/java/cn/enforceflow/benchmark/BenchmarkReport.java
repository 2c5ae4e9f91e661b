package cn.enforceflow.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.enforceflow.benchmark.InboxDataGenerator.Growth;
import cn.enforceflow.benchmark.InboxDataGenerator.TableSize;

/**
 * The benchmark's Markdown report, rewritten after every level so that an interrupted run
 * still leaves what it measured.
 */
final class BenchmarkReport {

	/** One measured level. */
	record Level(long openTasks, Growth growth, Map<String, Long> inbox, List<Latencies> latencies,
			Map<String, Long> rows, double countSeconds, String load) {

	}

	private final BenchmarkSettings settings;

	private final List<String> environment = new ArrayList<>();

	private final List<String> generation = new ArrayList<>();

	private final List<Level> levels = new ArrayList<>();

	private List<TableSize> sizes = List.of();

	BenchmarkReport(BenchmarkSettings settings) {
		this.settings = settings;
	}

	void environment(String line) {
		this.environment.add(line);
	}

	void generation(String line) {
		this.generation.add(line);
	}

	void level(Level level, List<TableSize> sizes) {
		this.levels.add(level);
		this.sizes = sizes;
	}

	void write() throws IOException {
		Files.createDirectories(this.settings.reportFile().getParent());
		Files.writeString(this.settings.reportFile(), markdown(), StandardCharsets.UTF_8);
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("# Inbox benchmark\n\n");
		md.append("Run ")
			.append(LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
				.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)))
			.append(" (Beijing time). ")
			.append(this.settings.warmUp())
			.append(" warm-up rounds, then ")
			.append(this.settings.samples())
			.append(" timed rounds; a round calls every query once, one after the other (interleaved, so that ")
			.append("other work on the shared cores weighs on all queries alike). Timed on the client; milliseconds. ")
			.append("All HTTP calls with credentials include HTTP Basic's bcrypt check on every call.\n\n");
		md.append("## Environment\n\n");
		this.environment.forEach((line) -> md.append("- ").append(line).append('\n'));
		md.append("\n## Data generation\n\n");
		this.generation.forEach((line) -> md.append("- ").append(line).append('\n'));
		for (Level level : this.levels) {
			md.append(levelSection(level));
		}
		if (!this.levels.isEmpty()) {
			md.append(growthSection());
			md.append(rowsSection());
			md.append(sizeSection());
		}
		return md.toString();
	}

	String levelSection(Level level) {
		StringBuilder md = new StringBuilder();
		md.append(String.format(Locale.ROOT, "%n## %,d open tasks%n%n", level.openTasks()));
		Growth growth = level.growth();
		if (growth.instances() > 0) {
			md.append(String.format(Locale.ROOT,
					"Generated %,d open invitations, %,d rows in %.1f min (%,.0f rows/s, %,.0f invitations/s).%n%n",
					growth.instances(), growth.rows(), growth.took().toMillis() / 60000.0, growth.rowsPerSecond(),
					growth.instancesPerSecond()));
		}
		else if (growth.instances() < 0) {
			md.append(String.format(Locale.ROOT, "Removed the %,d newest open invitations in %.1f min.%n%n",
					-growth.instances(), growth.took().toMillis() / 60000.0));
		}
		md.append("What officer1 should see: ").append(InboxDataGenerator.describe(level.inbox())).append(".\n\n");
		md.append("Machine load (1-minute load average, other work included): ").append(level.load()).append(".\n\n");
		md.append("| Query | p50 | p95 | p99 | max | mean | found |\n");
		md.append("|---|---:|---:|---:|---:|---:|---|\n");
		for (Latencies latencies : level.latencies()) {
			if (latencies.available()) {
				md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %s |%n",
						latencies.query(), latencies.percentile(50), latencies.percentile(95), latencies.percentile(99),
						latencies.max(), latencies.mean(), latencies.result()));
			}
			else {
				md.append("| ")
					.append(latencies.query())
					.append(" | – | – | – | – | – | ")
					.append(latencies.result())
					.append(" |\n");
			}
		}
		return md.toString();
	}

	private String growthSection() {
		StringBuilder md = new StringBuilder("\n## How the time grows (p50 / p95, ms)\n\n| Query |");
		StringBuilder rule = new StringBuilder("|---|");
		for (Level level : this.levels) {
			md.append(String.format(Locale.ROOT, " %,d open |", level.openTasks()));
			rule.append("---:|");
		}
		md.append('\n').append(rule).append('\n');
		Map<String, List<String>> cells = new LinkedHashMap<>();
		for (int i = 0; i < this.levels.size(); i++) {
			for (Latencies latencies : this.levels.get(i).latencies()) {
				List<String> row = cells.computeIfAbsent(latencies.query(), (query) -> new ArrayList<>());
				while (row.size() < i) {
					row.add("–");
				}
				row.add(latencies.available()
						? String.format(Locale.ROOT, "%.1f / %.1f", latencies.percentile(50), latencies.percentile(95))
						: "n/a");
			}
		}
		cells.forEach((query,
				row) -> md.append("| ").append(query).append(" | ").append(String.join(" | ", row)).append(" |\n"));
		return md.toString();
	}

	private String rowsSection() {
		StringBuilder md = new StringBuilder("\n## Rows per table\n\n| Table |");
		StringBuilder rule = new StringBuilder("|---|");
		Set<String> tables = new LinkedHashSet<>();
		for (Level level : this.levels) {
			md.append(String.format(Locale.ROOT, " %,d open |", level.openTasks()));
			rule.append("---:|");
			tables.addAll(level.rows().keySet());
		}
		md.append('\n').append(rule).append('\n');
		for (String table : tables) {
			md.append("| ").append(table).append(" |");
			for (Level level : this.levels) {
				Long rows = level.rows().get(table);
				md.append(' ').append((rows != null) ? String.format(Locale.ROOT, "%,d", rows) : "–").append(" |");
			}
			md.append('\n');
		}
		md.append("| *(seconds to count)* |");
		for (Level level : this.levels) {
			md.append(String.format(Locale.ROOT, " %.0f |", level.countSeconds()));
		}
		return md.append('\n').toString();
	}

	private String sizeSection() {
		StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "%n## Database size at %,d open tasks%n%n",
				this.levels.get(this.levels.size() - 1).openTasks()));
		md.append("`data_length + index_length` from information_schema.tables (InnoDB's estimate) and the size of ")
			.append("the table's file (information_schema.innodb_sys_tablespaces). Tables under 1 MB left out.\n\n");
		md.append("| Table | data + index MB | file MB |\n|---|---:|---:|\n");
		long total = 0;
		long files = 0;
		for (TableSize size : this.sizes) {
			total += size.dataAndIndexBytes();
			files += size.fileBytes();
			if (Math.max(size.dataAndIndexBytes(), size.fileBytes()) >= (1 << 20)) {
				md.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f |%n", size.table(),
						size.dataAndIndexBytes() / 1048576.0, size.fileBytes() / 1048576.0));
			}
		}
		md.append(String.format(Locale.ROOT, "| **total** | **%,.0f** | **%,.0f** |%n", total / 1048576.0,
				files / 1048576.0));
		return md.toString();
	}

}
