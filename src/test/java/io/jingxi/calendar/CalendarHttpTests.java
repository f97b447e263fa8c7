package io.jingxi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.jingxi.shared.EntityChanged;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@WithMockUser(username = "admin", authorities = { "calendar:read", "calendar:write" })
class CalendarHttpTests extends CalendarSpringTest {

	final MockMvc mvc;

	final ObjectMapper json;

	final WorkCalendars calendars;

	CalendarHttpTests(MockMvc mvc, ObjectMapper json, WorkCalendars calendars) {
		this.mvc = mvc;
		this.json = json;
		this.calendars = calendars;
	}

	long standardId() {
		return calendars.findByCode(CalendarSeeder.STANDARD).orElseThrow().id();
	}

	static String calendarJson(String code, String hours) {
		return """
				{"code":"%s","name":"测试日历","timeZone":"Asia/Shanghai",
				 "workingWeekdays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"],
				 "hours":%s,"allDay":false}
				""".formatted(code, hours);
	}

	static final String STANDARD_HOURS = "[{\"start\":\"08:30\",\"end\":\"12:00\"},{\"start\":\"14:00\",\"end\":\"17:30\"}]";

	ResultActions postJson(String path, String body, String... language) throws Exception {
		var request = post(path).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
		if (language.length > 0) {
			request.header(HttpHeaders.ACCEPT_LANGUAGE, language[0]);
		}
		return mvc.perform(request);
	}

	ResultActions putJson(String path, String body, String... language) throws Exception {
		var request = put(path).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
		if (language.length > 0) {
			request.header(HttpHeaders.ACCEPT_LANGUAGE, language[0]);
		}
		return mvc.perform(request);
	}

	long createCalendar(String hours) throws Exception {
		String body = postJson("/api/v1/calendars", calendarJson(randomCode(), hours))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return json.readTree(body).get("id").asLong();
	}

	@Nested
	class Calendars {

		@Test
		void listsTheSeededCalendarsWithTheDefaultFirst() throws Exception {
			mvc.perform(get("/api/v1/calendars"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].default").value(true))
				.andExpect(jsonPath("$[?(@.code == 'CN-STANDARD')].name").value(hasItem("中国大陆标准工作日")))
				.andExpect(jsonPath("$[?(@.code == 'CN-STANDARD')].hours[0].start").value(hasItem("08:30")))
				.andExpect(jsonPath("$[?(@.code == '24X7')].allDay").value(hasItem(true)))
				.andExpect(jsonPath("$[?(@.code == '24X7')].hours[0].end").value(hasItem("24:00")));
		}

		@Test
		void createsACalendarAndRecordsTheChange(ApplicationEvents events) throws Exception {
			String code = randomCode();
			postJson("/api/v1/calendars", """
					{"code":"%s","name":"夜班","workingWeekdays":["sunday","MONDAY"],
					 "hours":[{"start":"22:00","end":"24:00"},{"start":"00:00","end":"06:00"}]}
					""".formatted(code))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.code").value(code))
				.andExpect(jsonPath("$.timeZone").value("Asia/Shanghai"))
				.andExpect(jsonPath("$.workingWeekdays").value(containsInAnyOrder("MONDAY", "SUNDAY")))
				.andExpect(jsonPath("$.hours[0].start").value("00:00"))
				.andExpect(jsonPath("$.hours[1].end").value("24:00"))
				.andExpect(jsonPath("$.allDay").value(false))
				.andExpect(jsonPath("$.default").value(false));
			assertThat(events.stream(EntityChanged.class))
				.anySatisfy(e -> {
					assertThat(e.entityType()).isEqualTo("Calendar");
					assertThat(e.action()).isEqualTo("created");
					assertThat(e.actor()).isEqualTo("admin");
					assertThat(e.after()).contains(code);
				});
		}

		@Test
		void refusesOverlappingIntervalsInChineseAndEnglish() throws Exception {
			String overlapping = "[{\"start\":\"08:30\",\"end\":\"12:00\"},{\"start\":\"11:00\",\"end\":\"17:30\"}]";
			postJson("/api/v1/calendars", calendarJson(randomCode(), overlapping))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("calendar.hours.overlap"))
				.andExpect(jsonPath("$.errors[0].field").value("hours"))
				.andExpect(jsonPath("$.errors[0].message").value("营业时段 08:30–12:00 与 11:00–17:30 重叠。"));
			postJson("/api/v1/calendars", calendarJson(randomCode(), overlapping), "en")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value("The intervals 08:30–12:00 and 11:00–17:30 overlap."));
		}

		@Test
		void listsEveryUnreadableSetting() throws Exception {
			postJson("/api/v1/calendars", """
					{"code":"%s","name":"x","timeZone":"Mars/Olympus","workingWeekdays":["MONDAY","FUNDAY"],
					 "hours":[{"start":"17:30","end":"08:30"}]}
					""".formatted(randomCode()), "en")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("timeZone", "workingWeekdays[1]", "hours[0]")))
				.andExpect(jsonPath("$.errors[?(@.field == 'timeZone')].message")
					.value(hasItem("The time zone \"Mars/Olympus\" is not valid; use an identifier such as Asia/Shanghai.")));
		}

		@Test
		void validatesTheRequestFields() throws Exception {
			postJson("/api/v1/calendars", """
					{"code":"bad code!","name":"","hours":[{"start":"8:30","end":"12:00"}]}
					""")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("error.validation"))
				.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("code", "name", "hours[0].start")))
				.andExpect(jsonPath("$.errors[?(@.field == 'hours[0].start')].message")
					.value(hasItem("时间格式应为 HH:mm（00:00 至 24:00）。")));
		}

		@Test
		void refusesATakenCode() throws Exception {
			postJson("/api/v1/calendars", calendarJson(CalendarSeeder.STANDARD, STANDARD_HOURS))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value("编码“CN-STANDARD”已被其他工作日历使用。"));
		}

		@Test
		void updatesSettingsButNeverTheCode() throws Exception {
			long id = createCalendar(STANDARD_HOURS);
			String code = calendars.findById(id).orElseThrow().code();
			putJson("/api/v1/calendars/" + id, calendarJson(code, "[{\"start\":\"09:00\",\"end\":\"18:00\"}]"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.hours", hasSize(1)))
				.andExpect(jsonPath("$.hours[0].end").value("18:00"));
			putJson("/api/v1/calendars/" + id, calendarJson(randomCode(), STANDARD_HOURS))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("code"));
		}

		@Test
		void answers404ForAnUnknownCalendar() throws Exception {
			putJson("/api/v1/calendars/987654321", calendarJson("X", STANDARD_HOURS), "en")
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value("Working calendar 987654321 does not exist."));
			mvc.perform(get("/api/v1/calendars/987654321/days").param("from", "2025-01-01").param("to", "2025-01-31"))
				.andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/calendars/987654321/deadline").param("from", "2025-09-30T10:00:00+08:00")
				.param("workingDays", "2")).andExpect(status().isNotFound());
		}

		@Test
		void switchesTheDefaultSoThatThereIsAlwaysExactlyOne() throws Exception {
			long standard = standardId();
			long id = createCalendar(STANDARD_HOURS);
			String code = calendars.findById(id).orElseThrow().code();
			try {
				putJson("/api/v1/calendars/" + id,
						calendarJson(code, STANDARD_HOURS).replace("\"allDay\":false", "\"allDay\":false,\"default\":true"))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.default").value(true));
				assertThat(calendars.findDefaults()).extracting(WorkCalendar::id).containsExactly(id);
				putJson("/api/v1/calendars/" + id,
						calendarJson(code, STANDARD_HOURS).replace("\"allDay\":false", "\"allDay\":false,\"default\":false"))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.errors[0].field").value("default"));
			}
			finally {
				String standardJson = json.writeValueAsString(json.readTree(
						mvc.perform(get("/api/v1/calendars")).andReturn().getResponse().getContentAsString())
					.values().stream().filter(c -> c.get("id").asLong() == standard).findFirst().orElseThrow());
				putJson("/api/v1/calendars/" + standard, standardJson.replace("\"default\":false", "\"default\":true"))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.default").value(true));
			}
			assertThat(calendars.findDefaults()).extracting(WorkCalendar::id).containsExactly(standard);
		}

		@Test
		@WithMockUser(authorities = "calendar:read")
		void changingCalendarsNeedsTheWritePermission() throws Exception {
			postJson("/api/v1/calendars", calendarJson(randomCode(), STANDARD_HOURS))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("error.forbidden"));
		}

		@Test
		@WithMockUser(authorities = "org:unit:read")
		void readingCalendarsNeedsTheReadPermission() throws Exception {
			mvc.perform(get("/api/v1/calendars")).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/calendars/" + standardId() + "/deadline").param("from", "2025-09-30T10:00:00+08:00")
				.param("workingDays", "2")).andExpect(status().isForbidden());
		}
	}

	@Nested
	class Days {

		@Test
		void listsEachDateWithWhetherItIsWorkedAndWhy() throws Exception {
			mvc.perform(get("/api/v1/calendars/" + standardId() + "/days").param("from", "2025-09-27").param("to", "2025-10-12"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(16)))
				.andExpect(jsonPath("$[0].date").value("2025-09-27"))
				.andExpect(jsonPath("$[0].working").value(false))
				.andExpect(jsonPath("$[0].reason").value("WEEKEND"))
				.andExpect(jsonPath("$[0].name").value(nullValue()))
				.andExpect(jsonPath("$[1].reason").value("MAKEUP_WORKDAY"))
				.andExpect(jsonPath("$[1].working").value(true))
				.andExpect(jsonPath("$[1].name").value("国庆节、中秋节调休"))
				.andExpect(jsonPath("$[2].reason").value("WORKDAY"))
				.andExpect(jsonPath("$[4].reason").value("HOLIDAY"))
				.andExpect(jsonPath("$[4].name").value("国庆节、中秋节"));
		}

		@Test
		void refusesBadRanges() throws Exception {
			String path = "/api/v1/calendars/" + standardId() + "/days";
			mvc.perform(get(path).param("from", "2025-10-12").param("to", "2025-09-27"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("to"))
				.andExpect(jsonPath("$.detail").value("结束日期 2025-09-27 早于开始日期 2025-10-12。"));
			mvc.perform(get(path).param("from", "2025-01-01").param("to", "2026-01-02").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value("The range must not span more than 366 days."));
			mvc.perform(get(path).param("from", "2025-02-30").param("to", "2025-03-01"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("from"));
			mvc.perform(get(path).param("from", "2025-02-01"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("to"));
		}

		@Test
		void editsASingleDayAndRecordsIt(ApplicationEvents events) throws Exception {
			long id = createCalendar(STANDARD_HOURS);
			putJson("/api/v1/calendars/" + id + "/days/2025-06-06", "{\"kind\":\"HOLIDAY\",\"name\":\"公司周年\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.date").value("2025-06-06"))
				.andExpect(jsonPath("$.working").value(false))
				.andExpect(jsonPath("$.reason").value("HOLIDAY"))
				.andExpect(jsonPath("$.name").value("公司周年"));
			putJson("/api/v1/calendars/" + id + "/days/2025-06-07", "{\"kind\":\"MAKEUP_WORKDAY\",\"name\":\"补班\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.working").value(true));
			putJson("/api/v1/calendars/" + id + "/days/2025-06-06", "{\"kind\":\"NORMAL\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.reason").value("WORKDAY"))
				.andExpect(jsonPath("$.name").value(nullValue()));
			assertThat(events.stream(EntityChanged.class).filter(e -> e.entityType().equals("CalendarDay")))
				.extracting(EntityChanged::entityId)
				.containsExactly(id + "/2025-06-06", id + "/2025-06-07", id + "/2025-06-06");
		}

		@Test
		void refusesDaysThatBreakTheCalendarsRules() throws Exception {
			long id = createCalendar(STANDARD_HOURS);
			putJson("/api/v1/calendars/" + id + "/days/2025-06-09", "{\"kind\":\"MAKEUP_WORKDAY\",\"name\":\"补班\"}", "en")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("kind"))
				.andExpect(jsonPath("$.detail").value("2025-06-09 is already a working weekday, so it cannot be a make-up working day."));
			putJson("/api/v1/calendars/" + id + "/days/2025-06-09", "{\"kind\":\"HOLIDAY\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("name"));
			putJson("/api/v1/calendars/" + id + "/days/2025-06-09", "{\"kind\":\"VACATION\",\"name\":\"x\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("kind"));
			putJson("/api/v1/calendars/" + id + "/days/2025-13-01", "{\"kind\":\"HOLIDAY\",\"name\":\"x\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("date"));
			long allDay = calendars.findByCode(CalendarSeeder.ALL_DAY).orElseThrow().id();
			putJson("/api/v1/calendars/" + allDay + "/days/2025-06-09", "{\"kind\":\"HOLIDAY\",\"name\":\"x\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("calendar.allDay.noSpecialDays"));
		}
	}

	@Nested
	class Years {

		static final String YEAR_2027 = """
				{"year":2027,"holidays":[{"date":"2027-01-01","name":"元旦"},{"date":"2027-01-02","name":"元旦"}],
				 "makeupWorkdays":[{"date":"2027-01-09","name":"元旦调休"}]}
				""";

		@Test
		void importsAYearAndReplacesItOnTheNextImport(ApplicationEvents events) throws Exception {
			long id = createCalendar(STANDARD_HOURS);
			postJson("/api/v1/calendars/" + id + "/years", YEAR_2027)
				.andExpect(status().isOk())
				.andExpect(content().json("{\"year\":2027,\"holidays\":2,\"makeupWorkdays\":1}"));
			mvc.perform(get("/api/v1/calendars/" + id + "/days").param("from", "2027-01-01").param("to", "2027-01-09"))
				.andExpect(jsonPath("$[0].reason").value("HOLIDAY"))
				.andExpect(jsonPath("$[8].reason").value("MAKEUP_WORKDAY"));
			postJson("/api/v1/calendars/" + id + "/years", "{\"year\":2027,\"holidays\":[{\"date\":\"2027-01-01\",\"name\":\"元旦\"}]}")
				.andExpect(status().isOk())
				.andExpect(content().json("{\"year\":2027,\"holidays\":1,\"makeupWorkdays\":0}"));
			mvc.perform(get("/api/v1/calendars/" + id + "/days").param("from", "2027-01-01").param("to", "2027-01-09"))
				.andExpect(jsonPath("$[0].reason").value("HOLIDAY"))
				.andExpect(jsonPath("$[1].reason").value("WEEKEND"))
				.andExpect(jsonPath("$[8].reason").value("WEEKEND"));
			assertThat(events.stream(EntityChanged.class).filter(e -> e.entityType().equals("CalendarYear")))
				.extracting(EntityChanged::action)
				.containsExactly("imported", "replaced");
		}

		@Test
		void badDatesAreListedAndNothingIsWritten() throws Exception {
			long id = createCalendar(STANDARD_HOURS);
			postJson("/api/v1/calendars/" + id + "/years", YEAR_2027).andExpect(status().isOk());
			long version = calendars.findVersionById(id).orElseThrow();
			postJson("/api/v1/calendars/" + id + "/years", """
					{"year":2027,"holidays":[{"date":"2027-02-30","name":"x"},{"date":"2028-06-01","name":"x"}],
					 "makeupWorkdays":[{"date":"2027-01-11","name":"调休"}]}
					""", "en")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("calendar.import.invalid"))
				.andExpect(jsonPath("$.detail").value(containsString("nothing was written")))
				.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("holidays[0].date", "holidays[1].date")));
			postJson("/api/v1/calendars/" + id + "/years", "{\"year\":2027,\"makeupWorkdays\":[{\"date\":\"2027-01-11\",\"name\":\"调休\"}]}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("makeupWorkdays[0].date"));
			assertThat(calendars.findVersionById(id)).contains(version);
			mvc.perform(get("/api/v1/calendars/" + id + "/days").param("from", "2027-01-01").param("to", "2027-01-01"))
				.andExpect(jsonPath("$[0].reason").value("HOLIDAY"));
		}

		@Test
		void malformedJsonIsRefusedWithItsPosition() throws Exception {
			long id = createCalendar(STANDARD_HOURS);
			postJson("/api/v1/calendars/" + id + "/years", "{\"year\":2027,\n\"holidays\":[}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("第 2 行")));
			postJson("/api/v1/calendars/" + id + "/years", "[1,2]", "en")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message")
					.value("The content must be a JSON object with year, holidays and makeupWorkdays."));
		}
	}

	@Nested
	class Deadlines {

		String deadlinePath() {
			return "/api/v1/calendars/" + standardId() + "/deadline";
		}

		@Test
		void twoWorkingDaysFromTheDayBeforeNationalDay() throws Exception {
			mvc.perform(get(deadlinePath()).param("from", "2025-09-30T10:00:00+08:00").param("workingDays", "2"))
				.andExpect(status().isOk())
				.andExpect(content().json("{\"deadline\":\"2025-10-10T17:30:00+08:00\"}", true));
		}

		@Test
		void answersInTheCalendarsZoneWhateverTheOffsetAsked() throws Exception {
			mvc.perform(get(deadlinePath()).param("from", "2025-09-30T02:00:00Z").param("workingHours", "2"))
				.andExpect(jsonPath("$.deadline").value("2025-09-30T12:00:00+08:00"));
			mvc.perform(get(deadlinePath()).param("from", "2025-09-30T10:00:00+08:00").param("calendarHours", "24"))
				.andExpect(jsonPath("$.deadline").value("2025-10-01T10:00:00+08:00"));
		}

		@Test
		void readsAnUnencodedPlusThatArrivedAsASpace() throws Exception {
			mvc.perform(get(deadlinePath()).param("from", "2025-09-30T10:00:00 08:00").param("workingDays", "2"))
				.andExpect(jsonPath("$.deadline").value("2025-10-10T17:30:00+08:00"));
		}

		@Test
		void needsExactlyOneDurationAndNamesTheParameters() throws Exception {
			mvc.perform(get(deadlinePath()).param("from", "2025-09-30T10:00:00+08:00"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("calendar.duration.exactlyOne"))
				.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("workingDays", "workingHours", "calendarHours")));
			mvc.perform(get(deadlinePath()).param("from", "2025-09-30T10:00:00+08:00").param("workingDays", "2")
				.param("calendarHours", "3").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value("Give exactly one of workingDays, workingHours and calendarHours."))
				.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("workingDays", "calendarHours")));
		}

		@Test
		void refusesAmountsOutOfRange() throws Exception {
			mvc.perform(get(deadlinePath()).param("from", "2025-09-30T10:00:00+08:00").param("workingDays", "3651"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("workingDays"))
				.andExpect(jsonPath("$.detail").value("参数“workingDays”的值 3651 超出范围，应在 0 到 3650 之间。"));
			mvc.perform(get(deadlinePath()).param("from", "2025-09-30T10:00:00+08:00").param("workingHours", "-1"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("workingHours"));
			mvc.perform(get(deadlinePath()).param("from", "2025-09-30T10:00:00+08:00").param("calendarHours", "87601"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("calendarHours"));
			mvc.perform(get(deadlinePath()).param("from", "2025-09-30T10:00:00+08:00").param("workingDays", "two"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("workingDays"));
		}

		@Test
		void refusesInstantsWithoutOffsetOrMissing() throws Exception {
			mvc.perform(get(deadlinePath()).param("from", "2025-09-30T10:00:00").param("workingDays", "2")
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("from"))
				.andExpect(jsonPath("$.detail").value(containsString("ISO-8601")));
			mvc.perform(get(deadlinePath()).param("workingDays", "2"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("from"));
			mvc.perform(get(deadlinePath()).param("from", "1800-01-01T00:00:00Z").param("workingDays", "2"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("from"));
		}

		@Test
		void countsElapsedWorkingMinutes() throws Exception {
			String path = "/api/v1/calendars/" + standardId() + "/elapsed";
			mvc.perform(get(path).param("from", "2025-09-30T16:30:00+08:00").param("to", "2025-10-09T09:30:00+08:00"))
				.andExpect(status().isOk())
				.andExpect(content().json("{\"workingMinutes\":120}", true));
			mvc.perform(get(path).param("from", "2025-10-09T09:30:00+08:00").param("to", "2025-09-30T16:30:00+08:00"))
				.andExpect(content().json("{\"workingMinutes\":0}", true));
			mvc.perform(get(path).param("from", "2025-10-09T09:30:00+08:00"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("to"));
		}

		@Test
		void followsAnEditedDayAtOnce() throws Exception {
			long id = createCalendar(STANDARD_HOURS);
			String path = "/api/v1/calendars/" + id + "/deadline";
			mvc.perform(get(path).param("from", "2025-06-05T10:00:00+08:00").param("workingDays", "1"))
				.andExpect(jsonPath("$.deadline").value("2025-06-06T17:30:00+08:00"));
			putJson("/api/v1/calendars/" + id + "/days/2025-06-06", "{\"kind\":\"HOLIDAY\",\"name\":\"公司周年\"}")
				.andExpect(status().isOk());
			mvc.perform(get(path).param("from", "2025-06-05T10:00:00+08:00").param("workingDays", "1"))
				.andExpect(jsonPath("$.deadline").value("2025-06-09T17:30:00+08:00"));
			putJson("/api/v1/calendars/" + id, calendarJson(calendars.findById(id).orElseThrow().code(),
					"[{\"start\":\"09:00\",\"end\":\"16:00\"}]")).andExpect(status().isOk());
			mvc.perform(get(path).param("from", "2025-06-05T10:00:00+08:00").param("workingDays", "1"))
				.andExpect(jsonPath("$.deadline").value("2025-06-09T16:00:00+08:00"));
		}
	}

	@Nested
	class UnitAssignments {

		@Test
		void aUnitWithoutChoiceUsesTheDefault() throws Exception {
			mvc.perform(get("/api/v1/units/" + hall + "/calendar"))
				.andExpect(status().isOk())
				.andExpect(content().json("""
						{"unitId":%d,"calendarId":%d,"inheritedFromUnitId":null,"source":"DEFAULT"}
						""".formatted(hall, standardId())));
		}

		@Test
		void unitsInheritFromTheNearestAncestorUntilTheyChooseAgain(ApplicationEvents events) throws Exception {
			long allDay = calendars.findByCode(CalendarSeeder.ALL_DAY).orElseThrow().id();
			long own = createCalendar(STANDARD_HOURS);
			putJson("/api/v1/units/" + company + "/calendar", "{\"calendarId\":" + allDay + "}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.calendarId").value(allDay))
				.andExpect(jsonPath("$.source").value("UNIT"));
			mvc.perform(get("/api/v1/units/" + hall + "/calendar"))
				.andExpect(jsonPath("$.calendarId").value(allDay))
				.andExpect(jsonPath("$.inheritedFromUnitId").value(company))
				.andExpect(jsonPath("$.source").value("INHERITED"));
			putJson("/api/v1/units/" + branch + "/calendar", "{\"calendarId\":" + own + "}").andExpect(status().isOk());
			mvc.perform(get("/api/v1/units/" + hall + "/calendar"))
				.andExpect(jsonPath("$.calendarId").value(own))
				.andExpect(jsonPath("$.inheritedFromUnitId").value(branch));
			putJson("/api/v1/units/" + branch + "/calendar", "{\"calendarId\":null}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.calendarId").value(allDay))
				.andExpect(jsonPath("$.source").value("INHERITED"));
			assertThat(events.stream(EntityChanged.class).filter(e -> e.entityType().equals("UnitCalendar")))
				.extracting(EntityChanged::action)
				.containsExactly("assigned", "assigned", "inherited");
		}

		@Test
		void unitsOutsideTheActorsScopeDoNotExist() throws Exception {
			mvc.perform(get("/api/v1/units/" + foreign + "/calendar")).andExpect(status().isNotFound());
			putJson("/api/v1/units/" + foreign + "/calendar", "{\"calendarId\":" + standardId() + "}")
				.andExpect(status().isNotFound());
		}

		@Test
		void unknownUnitsAndCalendarsAreRefused() throws Exception {
			doReturnEverythingScope();
			mvc.perform(get("/api/v1/units/123/calendar")).andExpect(status().isNotFound());
			putJson("/api/v1/units/" + hall + "/calendar", "{\"calendarId\":987654321}", "en")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("calendarId"))
				.andExpect(jsonPath("$.detail").value("Working calendar 987654321 does not exist."));
		}

		@Test
		@WithMockUser(authorities = "calendar:read")
		void choosingNeedsTheWritePermission() throws Exception {
			putJson("/api/v1/units/" + hall + "/calendar", "{\"calendarId\":" + standardId() + "}")
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/units/" + hall + "/calendar")).andExpect(status().isOk())
				.andExpect(jsonPath("$.source").value(not("UNIT")));
		}

		private void doReturnEverythingScope() {
			org.mockito.Mockito.doReturn(new io.jingxi.shared.Actor(1, "root", null, null, java.util.Set.of(),
					io.jingxi.shared.DataScope.everything())).when(actors).current();
		}
	}

	@Test
	void theEndpointsAreInTheOpenApiDocument() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/calendars/{id}/deadline'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/calendars/{id}/years'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/units/{unitId}/calendar'].put").exists());
	}

	@Test
	void datesAreWrittenAsIsoDates() throws Exception {
		JsonNode days = json.readTree(mvc.perform(get("/api/v1/calendars/" + standardId() + "/days")
			.param("from", "2026-01-04").param("to", "2026-01-04")).andReturn().getResponse().getContentAsString());
		assertThat(days.get(0).get("date").asString()).isEqualTo(LocalDate.of(2026, 1, 4).toString());
		assertThat(days.get(0).get("reason").asString()).isEqualTo("MAKEUP_WORKDAY");
	}
}
