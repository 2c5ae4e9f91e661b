package cn.enforceflow.calendar.internal;

import java.util.List;

import cn.enforceflow.FullApplication;
import cn.enforceflow.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@FullApplication
class ReferenceCalendarSeederTests {

	@Autowired
	ReferenceCalendarSeeder seeder;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void seedsThePublishedYearsAtStartUp() {
		assertThat(this.calendar.coverage(2025))
			.isEqualTo(new WorkingCalendar.YearCoverage(2025, true, ReferenceCalendarSeeder.RESOURCE));
		assertThat(this.calendar.coverage(2026).published()).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from calendar_day where kind = 'WORKDAY'", Integer.class))
			.as("make-up working days of 2025 and 2026")
			.isGreaterThanOrEqualTo(11);
	}

	@Test
	void seedingAgainChangesNothing() {
		List<Object> before = snapshot();

		assertThat(this.seeder.seed()).isZero();

		assertThat(snapshot()).isEqualTo(before);
	}

	private List<Object> snapshot() {
		return List.of(this.jdbc.queryForObject("select count(*) from calendar_day", Integer.class),
				this.jdbc.queryForList("select source, loaded_at, loaded_by from calendar_year order by loaded_at"));
	}

}
