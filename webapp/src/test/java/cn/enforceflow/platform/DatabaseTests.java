package cn.enforceflow.platform;

import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import cn.enforceflow.FullApplication;
import cn.enforceflow.PerRunDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The suite runs where it says it runs: on H2 by default, on this run's own database on
 * the MySQL-compatible server in the MySQL suite, with the settings production needs.
 */
@FullApplication
class DatabaseTests {

	private static final boolean MYSQL = "mysql".equals(System.getProperty("enforceflow.test.database"));

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void runsOnTheDatabaseOfThisSuite() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			if (MYSQL) {
				assertThat(product).isEqualTo("MySQL");
				assertThat(connection.getCatalog()).isEqualTo(PerRunDatabase.mysqlDatabase())
					.startsWith("enforceflow_test_");
			}
			else {
				assertThat(product).isEqualTo("H2");
			}
		}
	}

	@Test
	void transactionsAreReadCommitted() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
		}
	}

	@Test
	void domainTablesAreUtf8mb4OnMysql() {
		assumeTrue(MYSQL, "the MySQL suite checks the character set of the domain tables");
		List<String> collations = this.jdbc
			.queryForList("select table_collation from information_schema.tables where table_schema = database() "
					+ "and table_name in ('department', 'enterprise', 'inspection_item_list', 'inspection_item', "
					+ "'user_account', 'user_account_role')", String.class);
		assertThat(collations).hasSize(6).allSatisfy((collation) -> assertThat(collation).startsWith("utf8mb4"));
	}

}
