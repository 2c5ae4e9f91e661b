package cn.enforceflow.demo;

import java.util.List;

import cn.enforceflow.FullApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@FullApplication
class DemoDataSeederTests {

	private static final List<String> TABLES = List.of("department", "enterprise", "inspection_item_list",
			"inspection_item", "user_account", "user_account_role");

	@Autowired
	DemoDataSeeder seeder;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void seedingAgainChangesNothing() throws Exception {
		List<Integer> before = counts();

		this.seeder.seed();

		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void seedsEveryDemoUserWithAHashedPassword() {
		List<String> usernames = this.jdbc.queryForList("select username from user_account", String.class);
		assertThat(usernames).contains("enterprise1", "enterprise2", "dispatcher1", "dispatcher2", "officer1",
				"officer2", "officer3", "legal1", "head1", "supervisor1", "supervisor2", "bureauhead1", "inspector1",
				"admin");
		assertThat(this.jdbc.queryForList("select password_hash from user_account", String.class))
			.allSatisfy((hash) -> assertThat(hash).startsWith("{bcrypt}").doesNotContain("demo"));
	}

	@Test
	void officersHoldCertificatesOfTheirDepartment() {
		assertThat(this.jdbc.queryForMap(
				"select department_code, certificate_number, certificate_valid_until from user_account where username = 'officer2'"))
			.containsEntry("department_code", "YJJ")
			.containsEntry("certificate_number", "32080020260002");
		assertThat(this.jdbc.queryForObject("select department_code from user_account where username = 'officer3'",
				String.class))
			.isEqualTo("SJJ");
	}

	private List<Integer> counts() {
		return TABLES.stream()
			.map((table) -> this.jdbc.queryForObject("select count(*) from " + table, Integer.class))
			.toList();
	}

}
