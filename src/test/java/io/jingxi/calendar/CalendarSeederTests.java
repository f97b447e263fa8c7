package io.jingxi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class CalendarSeederTests extends CalendarSpringTest {

	final CalendarSeeder seeder;

	final JdbcClient jdbc;

	CalendarSeederTests(CalendarSeeder seeder, JdbcClient jdbc) {
		this.seeder = seeder;
		this.jdbc = jdbc;
	}

	List<Map<String, Object>> seededRows() {
		return jdbc.sql("""
				select c.code, c.name, c.time_zone, c.working_weekdays, c.all_day, c.is_default, c.version,
				       (select count(*) from cal_calendar_hours h where h.calendar_id = c.id) as intervals,
				       (select count(*) from cal_day d where d.calendar_id = c.id) as special_days
				from cal_calendar c where c.code in ('CN-STANDARD', '24X7') order by c.code
				""").query().listOfRows();
	}

	@Test
	void seedingAgainChangesNothing() {
		seeder.seed();
		var first = seededRows();
		seeder.seed();
		assertThat(seededRows()).isEqualTo(first);
		assertThat(first).hasSize(2);
		assertThat(jdbc.sql("select count(*) from cal_calendar where code in ('CN-STANDARD', '24X7')").query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void seedsTheStandardCalendarWithTheThreeOfficialYears() {
		seeder.seed();
		var standard = seededRows().stream().filter(r -> "CN-STANDARD".equals(r.get("code"))).findFirst().orElseThrow();
		assertThat(standard.get("name")).isEqualTo("中国大陆标准工作日");
		assertThat(standard.get("time_zone")).isEqualTo("Asia/Shanghai");
		assertThat(standard.get("working_weekdays")).isEqualTo("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY");
		assertThat(((Number) standard.get("intervals")).intValue()).isEqualTo(2);
		assertThat(jdbc.sql("""
				select d.arrangement_year, count(*) from cal_day d join cal_calendar c on c.id = d.calendar_id
				where c.code = 'CN-STANDARD' and d.arrangement_year between 2024 and 2026
				group by d.arrangement_year order by d.arrangement_year
				""").query((rs, n) -> rs.getInt(1) + ":" + rs.getInt(2)).list())
			.containsExactly("2024:36", "2025:33", "2026:39");
		var allDay = seededRows().stream().filter(r -> "24X7".equals(r.get("code"))).findFirst().orElseThrow();
		assertThat(allDay.get("all_day")).isEqualTo(true);
		assertThat(((Number) allDay.get("special_days")).intValue()).isZero();
	}

	@Test
	void shipsEveryYearOnTheClassPath() {
		assertThat(seeder.shippedYears()).extracting(YearArrangement::year).containsExactly(2024, 2025, 2026);
	}
}
