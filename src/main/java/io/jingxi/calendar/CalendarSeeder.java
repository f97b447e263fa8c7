package io.jingxi.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.ObjectMapper;

/**
 * Reference data every installation needs, in every profile: the default calendar CN-STANDARD
 * (中国大陆标准工作日: Monday to Friday, 08:30–12:00 and 14:00–17:30, Asia/Shanghai) with the official
 * mainland-China holiday arrangements shipped as calendar/cn-YEAR.json, and the 24X7 calendar (全天候)
 * for around-the-clock services such as repair hotlines.
 * <p>
 * Idempotent: a calendar is created only when its code is missing, and a shipped year is imported only
 * while CN-STANDARD has no arrangement for that year, so a restart changes nothing and edits made by
 * administrators are kept. A year file added in a later release is imported at the next start.
 */
@Component
class CalendarSeeder implements ApplicationRunner {

	static final String STANDARD = "CN-STANDARD";

	static final String ALL_DAY = "24X7";

	private static final Logger log = LoggerFactory.getLogger(CalendarSeeder.class);

	private final WorkCalendars calendars;

	private final CalendarService service;

	private final TransactionTemplate transaction;

	private final ObjectMapper json;

	CalendarSeeder(WorkCalendars calendars, CalendarService service, PlatformTransactionManager transactions,
			ObjectMapper json) {
		this.calendars = calendars;
		this.service = service;
		this.transaction = new TransactionTemplate(transactions);
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) {
		seed();
	}

	void seed() {
		ensure(STANDARD, new CalendarSettings("中国大陆标准工作日", ZoneId.of("Asia/Shanghai"),
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
				List.of(new BusinessHours(8 * 60 + 30, 12 * 60), new BusinessHours(14 * 60, 17 * 60 + 30)), false),
				true);
		ensure(ALL_DAY, new CalendarSettings("全天候", ZoneId.of("Asia/Shanghai"), EnumSet.allOf(DayOfWeek.class),
				List.of(BusinessHours.WHOLE_DAY), true), false);
		for (YearArrangement arrangement : shippedYears()) {
			transaction.executeWithoutResult(status -> calendars.findByCode(STANDARD)
				.filter(calendar -> !calendar.hasArrangement(arrangement.year()))
				.ifPresent(calendar -> {
					service.replaceYear(calendar, arrangement);
					log.info("Imported the {} holiday arrangement into calendar {}", arrangement.year(), STANDARD);
				}));
		}
	}

	private void ensure(String code, CalendarSettings settings, boolean makeDefault) {
		try {
			transaction.executeWithoutResult(status -> {
				if (!calendars.existsByCode(code)) {
					service.create(code, settings, makeDefault && calendars.findDefaults().isEmpty());
					log.info("Created calendar {}", code);
				}
			});
		}
		catch (DataIntegrityViolationException ex) {
			// another node created it at the same moment; its row is as good as ours
			log.info("Calendar {} was created concurrently", code);
		}
	}

	/** Every calendar/cn-YEAR.json on the class path, oldest year first. */
	List<YearArrangement> shippedYears() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
				.getResources("classpath*:calendar/cn-*.json");
			return Arrays.stream(resources)
				.map(this::read)
				.sorted(Comparator.comparingInt(YearArrangement::year))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private YearArrangement read(Resource resource) {
		try {
			return YearArrangement.parse(new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
					json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}
}
