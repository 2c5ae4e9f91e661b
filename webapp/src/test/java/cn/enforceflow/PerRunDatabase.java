package cn.enforceflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives every test run its own database, before any Spring context starts: a fresh H2
 * directory by default, or, with {@code -Denforceflow.test.database=mysql} (Maven profile
 * {@code mysql}), a fresh database on the MySQL-compatible server at 127.0.0.1:3306,
 * dropped at the end.
 * <p>
 * The application reads its MySQL settings from {@code ENFORCEFLOW_DB_*}; Spring resolves
 * those from system properties too, which is how this hands them over.
 */
public class PerRunDatabase implements LauncherSessionListener {

	private static final String MYSQL_SERVER = System.getProperty("enforceflow.test.mysql.server",
			"jdbc:mysql://127.0.0.1:3306/");

	private static final String MYSQL_OPTIONS = "?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true"
			+ "&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true";

	private static final String MYSQL_USER = System.getProperty("enforceflow.test.mysql.user", "root");

	private static final String MYSQL_PASSWORD = System.getProperty("enforceflow.test.mysql.password", "");

	private String database;

	private Path dataDir;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		String run = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
				+ Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
		this.dataDir = Path.of("target", "test-data", run).toAbsolutePath();
		// the build points temporary files (Mockito, Playwright's driver) into target/tmp
		createDirectories(System.getProperty("java.io.tmpdir"));
		createDirectories(System.getProperty("playwright.driver.tmpdir"));
		System.setProperty("enforceflow.data-dir", this.dataDir.toString());
		if ("mysql".equals(System.getProperty("enforceflow.test.database"))) {
			this.database = "enforceflow_test_" + run;
			execute("create database " + this.database + " character set utf8mb4 collate utf8mb4_unicode_ci");
			System.setProperty("spring.profiles.active", "mysql,demo");
			System.setProperty("ENFORCEFLOW_DB_URL", MYSQL_SERVER + this.database + MYSQL_OPTIONS);
			System.setProperty("ENFORCEFLOW_DB_USER", MYSQL_USER);
			System.setProperty("ENFORCEFLOW_DB_PASSWORD", MYSQL_PASSWORD);
		}
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (this.database != null) {
			execute("drop database if exists " + this.database);
		}
		deleteQuietly(this.dataDir);
	}

	/** The database of this run on the MySQL-compatible server, or null on H2. */
	public static String mysqlDatabase() {
		String url = System.getProperty("ENFORCEFLOW_DB_URL");
		return url == null ? null : url.substring(MYSQL_SERVER.length(), url.indexOf('?'));
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(MYSQL_SERVER + MYSQL_OPTIONS, MYSQL_USER,
				MYSQL_PASSWORD); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The MySQL suite needs the MySQL-compatible server at " + MYSQL_SERVER
					+ " (user " + MYSQL_USER + "): " + ex.getMessage(), ex);
		}
	}

	private static void createDirectories(String dir) {
		if (dir == null) {
			return;
		}
		try {
			Files.createDirectories(Path.of(dir));
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot create " + dir, ex);
		}
	}

	private static void deleteQuietly(Path dir) {
		if (dir == null || !Files.isDirectory(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover folder under target/ is harmless
		}
	}

}
